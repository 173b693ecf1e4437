// SPDX-License-Identifier: EPL-2.0
import { Action, CenterAction, FitToScreenAction, IActionDispatcher, IActionHandler, SelectAction, SelectionService, TYPES } from '@eclipse-glsp/client';
import { fitToWindow } from './controls';
import { inject, injectable } from 'inversify';

/** Sent by the server after a search or a host picked: select and centre these elements, and say so. */
export interface RevealAction extends Action {
    kind: 'hvnetReveal';
    elementIds: string[];
    message: string;
    /** Fit the elements (none: the whole diagram) into the window instead of selecting and centring them. */
    fit?: boolean;
}

/**
 * Selects and centres what the server reveals (it is highlighted as selected), or fits it into the window (a traced
 * path; the whole diagram after what it shows changed), and shows the message.
 */
@injectable()
export class RevealHandler implements IActionHandler {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;
    @inject(SelectionService) protected selection!: SelectionService;

    handle(action: Action): void {
        const reveal = action as RevealAction;
        const status = document.getElementById('status');
        if (status && (reveal.message || !reveal.fit)) {
            status.textContent = reveal.message ?? '';
            status.className = reveal.elementIds.length > 0 ? 'status-info' : 'status-warning';
        }
        if (reveal.fit && reveal.elementIds.length === 0) {
            fitToWindow(this.dispatcher, this.selection.getModelRoot());
        } else if (reveal.fit) {
            this.dispatcher.dispatch(FitToScreenAction.create(reveal.elementIds, { padding: 30, maxZoom: 1.0, animate: false }));
        } else if (reveal.elementIds.length > 0) {
            this.dispatcher.dispatchAll([
                SelectAction.create({ selectedElementsIDs: reveal.elementIds, deselectedElementsIDs: true }),
                CenterAction.create(reveal.elementIds, { animate: false, retainZoom: false })
            ]);
        }
    }
}
