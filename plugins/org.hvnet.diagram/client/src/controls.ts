// SPDX-License-Identifier: EPL-2.0
import { Action, FitToScreenAction, GModelRoot, IActionDispatcher, SelectionService } from '@eclipse-glsp/client';
import { estateView, hostOf } from './estate';

/**
 * Fits the whole diagram into the window (on open, the Fit button, after what it shows changed): every shape of its
 * top level, named, since sprotty fits the selection when asked to fit nothing in particular.
 */
export function fitToWindow(dispatcher: IActionDispatcher, root?: GModelRoot): Promise<void> {
    const ids = root ? root.children.filter(child => !child.type.startsWith('edge:')).map(child => child.id) : [];
    return dispatcher.dispatch(FitToScreenAction.create(ids, { padding: 30, maxZoom: 1.0, animate: false }));
}

/**
 * The header's estate controls: the view (estate overview or detail), the host picker (expands and centres the host),
 * the search by name (centres and highlights; Enter again for the next match), "show only" the selected host, the
 * selected element's segment or the traced path, and Fit.
 */
export class EstateControls {
    private lastQuery = '';
    private matchIndex = 0;

    constructor(
        private readonly dispatcher: IActionDispatcher,
        private readonly selection: SelectionService,
        private readonly root: () => GModelRoot
    ) {
        const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
        byId('fit').onclick = () => fitToWindow(dispatcher, root());
        const mode = byId<HTMLSelectElement>('view-mode');
        mode.onchange = () => dispatcher.dispatch(estateView({ mode: mode.value as 'AUTO' | 'ESTATE' | 'DETAIL' }));
        const picker = byId<HTMLInputElement>('host-picker');
        picker.onchange = () => {
            const name = picker.value.trim();
            if (name) {
                dispatcher.dispatch(estateView({ expand: ['host:' + name], reveal: 'host:' + name }));
            }
        };
        picker.onfocus = () => this.fillHosts(byId<HTMLDataListElement>('host-names'));
        const find = byId<HTMLInputElement>('find');
        find.onkeydown = event => {
            if (event.key === 'Enter') {
                this.find(find.value.trim());
            }
        };
        const only = byId<HTMLSelectElement>('show-only');
        only.onchange = () => this.showOnly(only);
    }

    private find(query: string): void {
        this.matchIndex = query === this.lastQuery ? this.matchIndex + 1 : 0;
        this.lastQuery = query;
        this.dispatcher.dispatch({ kind: 'hvnetFind', query, index: this.matchIndex } as Action);
    }

    private showOnly(only: HTMLSelectElement): void {
        const kind = only.value as 'EVERYTHING' | 'HOST' | 'SEGMENT' | 'TRACE';
        const selected = this.selection.getSelectedElementIDs().filter(id => !id.includes('>'))[0] ?? '';
        const element = selected ? this.root().index.getById(selected) : undefined;
        const id = kind === 'HOST' ? hostOf(element)?.id ?? '' : selected;
        if ((kind === 'HOST' || kind === 'SEGMENT') && !id) {
            const status = document.getElementById('status')!;
            status.textContent = kind === 'HOST' ? 'select a host (or something in it) first' : 'select a network, a switch or an interface first';
            status.className = 'status-warning';
            only.value = 'EVERYTHING';
            return;
        }
        this.dispatcher.dispatch(estateView({ only: kind, onlyElementId: id }));
    }

    /** The host names of the model (the server lists them in the root's arguments), for the picker. */
    private fillHosts(list: HTMLDataListElement): void {
        const names = String((this.root() as unknown as { args?: Record<string, unknown> }).args?.['hosts'] ?? '').split('\n').filter(name => name);
        if (list.childElementCount === names.length) {
            return;
        }
        list.replaceChildren(...names.map(name => Object.assign(document.createElement('option'), { value: name })));
    }
}
