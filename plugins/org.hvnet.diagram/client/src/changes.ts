// SPDX-License-Identifier: EPL-2.0
import { Action, GModelRoot } from '@eclipse-glsp/client';

/** The server's ChangeBaseline.ROOT_ARGUMENT: present when the diagram is compared with an older version. */
const ROOT_ARGUMENT = 'changes';

/** The action the server's ShowChangesHandler applies. */
export function showChangesAction(shown: boolean): Action {
    return { kind: 'hvnetShowChanges', shown } as Action;
}

/**
 * The "Changes" layer toggle, beside the other layers, when the server compares the diagram with an older version
 * (`hvnet serve --changes OLD NEW`): checked at first, as the server shows the layer at first.
 */
export function addChangesToggle(parent: HTMLElement, root: GModelRoot, apply: (shown: boolean) => void): void {
    const state = (root as unknown as { args?: Record<string, unknown> }).args?.[ROOT_ARGUMENT];
    if (state === undefined) {
        return;
    }
    const label = document.createElement('label');
    label.title = 'Mark what changed since the older version: added, changed, addresses; the panel below lists what was removed';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'layer-changes';
    box.checked = state === 'shown';
    box.onchange = () => apply(box.checked);
    label.appendChild(box);
    label.appendChild(document.createTextNode(' Changes'));
    parent.appendChild(label);
}
