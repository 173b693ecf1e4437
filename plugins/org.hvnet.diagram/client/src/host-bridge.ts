// SPDX-License-Identifier: EPL-2.0
import { Action, CenterAction, GModelElement, IActionDispatcher, SelectAction, SelectionService } from '@eclipse-glsp/client';

/** Called by the page when the selection changes, if the hosting workbench defines it (an SWT BrowserFunction). */
declare global {
    interface Window {
        hvnetSelectionChanged?: (ids: string) => unknown;
    }
}

/** What a hosting workbench asks of the page: select and reveal an element, read the selection and the traced path. */
export interface HostBridge {
    select(id: string): Promise<void>;
    selected(): string[];
    trace(from: string, to: string): Promise<void>;
    traced(): string[];
}

/** The bridge over the diagram's dispatcher and selection service; reports every selection change to the host. */
export function hostBridge(dispatcher: IActionDispatcher, selection: SelectionService): HostBridge {
    selection.onSelectionChanged(change => window.hvnetSelectionChanged?.(change.selectedElements.join('\n')));
    return {
        select: async id => {
            if (!selection.getModelRoot().index.getById(id)) {
                return;
            }
            await dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: [id], deselectedElementsIDs: true }));
            await dispatcher.dispatch(CenterAction.create([id], { animate: false, retainZoom: true }));
        },
        selected: () => selection.getSelectedElementIDs(),
        trace: (from, to) => dispatcher.dispatch({ kind: 'hvnetTrace', from, to } as Action),
        traced: () =>
            [...selection.getModelRoot().index.all()]
                .filter((element: GModelElement) => element.cssClasses?.includes('trace-hop'))
                .map(element => element.id)
    };
}
