// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hvnet.interop.inventory.AdapterBinding;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.windows.WindowsBindings;
import org.hvnet.model.Binding;

/**
 * The enabled protocol bindings of each connection (Get-NetAdapterBinding), as the model's bindings in its own
 * order; a component the model does not know and that matters is named in one warning per host.
 */
final class BindingRows {

    private final Map<String, Set<Binding>> byConnection = new LinkedHashMap<>();
    private final boolean known;

    BindingRows(Inventory inventory, String host, ImportWarnings warnings) {
        known = inventory.keys().contains(InventoryKey.GET_NET_ADAPTER_BINDING);
        Set<String> unknown = new TreeSet<>();
        for (AdapterBinding row : inventory.bindings()) {
            Set<Binding> bound = byConnection.computeIfAbsent(row.adapterName(), k -> EnumSet.noneOf(Binding.class));
            if (!row.enabled()) {
                continue;
            }
            WindowsBindings.binding(row.componentId()).ifPresentOrElse(bound::add, () -> {
                if (row.componentId() != null && !WindowsBindings.NOT_MODELED.contains(row.componentId().toLowerCase(java.util.Locale.ROOT))) {
                    unknown.add(row.componentId());
                }
            });
        }
        if (!unknown.isEmpty()) {
            warnings.warn(inventory.source(), InventoryKey.GET_NET_ADAPTER_BINDING, host, "protocols bound but not modeled: "
                    + String.join(", ", unknown));
        }
    }

    /** The bindings of a connection in the model's order; null when the inventory does not list them. */
    List<Binding> of(String connection) {
        Set<Binding> bound = byConnection.get(connection);
        return !known || bound == null ? null : new ArrayList<>(bound);
    }
}
