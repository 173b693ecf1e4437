// SPDX-License-Identifier: EPL-2.0
import { Action, GModelElement, MouseListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** The server's EstateViewAction: how the estate is shown (mode, hosts expanded or collapsed, show only). */
export interface EstateViewAction extends Action {
    kind: 'hvnetSetView';
    mode?: 'AUTO' | 'ESTATE' | 'DETAIL';
    expand?: string[];
    collapse?: string[];
    only?: 'EVERYTHING' | 'HOST' | 'SEGMENT' | 'TRACE';
    onlyElementId?: string;
    reveal?: string;
}

/** An EstateViewAction. */
export function estateView(change: Omit<EstateViewAction, 'kind'>): EstateViewAction {
    return { kind: 'hvnetSetView', ...change };
}

/** The host (compact or whole) that holds `element`, or is it. */
export function hostOf(element: GModelElement | undefined): GModelElement | undefined {
    for (let current: GModelElement | undefined = element; current; current = 'parent' in current ? (current as any).parent : undefined) {
        if (current.type === 'node:hostsummary' || current.type === 'node:host') {
            return current;
        }
        if (current === current.root) {
            return undefined;
        }
    }
    return undefined;
}

/**
 * Expanding and collapsing hosts of the overview with the mouse: a double click on a compact host (anywhere in it)
 * expands it in place, a click on the + or − toggle of a host expands or collapses it.
 */
@injectable()
export class EstateMouseListener extends MouseListener {
    override doubleClick(target: GModelElement, _event: MouseEvent): Action[] {
        const host = hostOf(target);
        return host?.type === 'node:hostsummary' ? [estateView({ expand: [host.id] })] : [];
    }

    override mouseUp(target: GModelElement, event: MouseEvent): Action[] {
        if (target.type !== 'label:toggle' || event.button !== 0) {
            return [];
        }
        const host = hostOf(target);
        if (!host) {
            return [];
        }
        return [host.type === 'node:hostsummary' ? estateView({ expand: [host.id] }) : estateView({ collapse: [host.id] })];
    }
}
