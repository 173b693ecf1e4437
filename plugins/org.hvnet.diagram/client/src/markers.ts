// SPDX-License-Identifier: EPL-2.0
import { GDecoration, GlspDecorationPlacer, GIssueMarker, GShapeElement, Point } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { BADGE_WIDTH } from './marker-view';

/**
 * Places validation markers as the SVG export does: at the top right corner of their element, or, on a compact host
 * of the overview, right-aligned in its chips row.
 */
@injectable()
export class MarkerPlacer extends GlspDecorationPlacer {
    protected override getPosition(element: GDecoration): Point {
        if (element instanceof GIssueMarker && element.parent instanceof GShapeElement) {
            const parent = element.parent;
            if (parent.type === 'node:hostsummary') {
                const errors = element.issues.some(issue => issue.severity === 'error');
                const warnings = element.issues.some(issue => issue.severity !== 'error');
                const width = (errors ? BADGE_WIDTH : 0) + (warnings ? BADGE_WIDTH : 0) + (errors && warnings ? 4 : 0);
                return { x: parent.size.width - 8 - width, y: 33 };
            }
            return { x: parent.size.width - 4, y: -4 };
        }
        return super.getPosition(element);
    }
}
