// SPDX-License-Identifier: EPL-2.0
import { Action } from '@eclipse-glsp/client';

/** The layers a user can show or hide (the server's DiagramFilters). */
export interface Filters {
    vms: boolean;
    privateSwitches: boolean;
    bindings: boolean;
    addresses: boolean;
    segments: boolean;
    plannedInstallApplied: boolean;
    vlans: boolean;
}

/** The action the server's SetFiltersHandler applies. */
export function filtersAction(filters: Filters): Action {
    return { kind: 'hvnetSetFilters', ...filters } as Action;
}

const LABELS: [keyof Filters, string][] = [
    ['vms', 'VMs'],
    ['privateSwitches', 'Private switches'],
    ['bindings', 'Bindings'],
    ['addresses', 'Addresses'],
    ['segments', 'Segments'],
    ['plannedInstallApplied', 'Planned install applied'],
    ['vlans', 'VLANs']
];

/** Check boxes, one per layer; every change sends all of them. */
export class LayerToggles {
    private readonly filters: Filters = { vms: true, privateSwitches: true, bindings: true, addresses: true, segments: false, plannedInstallApplied: false,
        vlans: false };

    constructor(parent: HTMLElement, apply: (filters: Filters) => void) {
        for (const [key, text] of LABELS) {
            const label = document.createElement('label');
            const box = document.createElement('input');
            box.type = 'checkbox';
            box.id = 'layer-' + key;
            box.checked = this.filters[key];
            box.onchange = () => {
                this.filters[key] = box.checked;
                apply({ ...this.filters });
            };
            label.appendChild(box);
            label.appendChild(document.createTextNode(' ' + text));
            parent.appendChild(label);
        }
    }
}
