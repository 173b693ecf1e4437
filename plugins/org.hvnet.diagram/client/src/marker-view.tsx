// SPDX-License-Identifier: EPL-2.0
/** @jsx svg */
import { GIssueMarker, IView, RenderingContext, svg } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';

/**
 * A validation marker as the export draws it: on a compact host of the overview, one badge per severity with the
 * number of findings inside the host (errors red, warnings amber); elsewhere a dot with "!" at the element's top right
 * corner (placed by {@link MarkerPlacer}).
 */
@injectable()
export class MarkerView implements IView {
    render(marker: Readonly<GIssueMarker>, _context: RenderingContext): VNode {
        const errors = marker.issues.filter(issue => issue.severity === 'error').length;
        const warnings = marker.issues.length - errors;
        if (marker.parent.type === 'node:hostsummary') {
            return (
                <g class-sprotty-issue={true} class-hv-marker={true}>
                    {badge('error', errors, 0)}
                    {badge('warning', warnings, errors > 0 ? BADGE_WIDTH + 4 : 0)}
                </g>
            ) as unknown as VNode;
        }
        return (
            <g class-sprotty-issue={true} class-hv-marker={true}>
                <circle class-hv-marker-error={errors > 0} class-hv-marker-warning={errors === 0} r={8} />
                <text class-hv-marker-text={true} x={-2.5} y={4}>
                    !
                </text>
            </g>
        ) as unknown as VNode;
    }
}

/** Width of a findings badge of a compact host (SvgExporter.BADGE_WIDTH). */
export const BADGE_WIDTH = 34;

function badge(severity: 'error' | 'warning', count: number, x: number): VNode | string {
    if (count === 0) {
        return '';
    }
    return (
        <g transform={`translate(${x},0)`}>
            <rect class-hv-marker-error={severity === 'error'} class-hv-marker-warning={severity === 'warning'} x={0} y={0} rx={7} width={BADGE_WIDTH} height={15} />
            <text class-hv-marker-text={true} x={5} y={11}>
                {(severity === 'error' ? '\u2716 ' : '\u26a0 ') + count}
            </text>
        </g>
    ) as unknown as VNode;
}
