// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.VmSwitch;

/**
 * A host's virtual switches under the names the model gives them (Hyper-V allows two switches of one name; the
 * second becomes "NAME 2"), and how the other rows name them: by switch id, else by name.
 */
final class SwitchIndex {

    private final Map<VmSwitch, String> names = new LinkedHashMap<>();

    SwitchIndex(List<VmSwitch> switches, String file, String host, ImportWarnings warnings) {
        UniqueNames unique = new UniqueNames();
        for (VmSwitch vswitch : switches) {
            String name = unique.claim(vswitch.name());
            if (!name.equals(vswitch.name())) {
                warnings.warn(file, InventoryKey.GET_VM_SWITCH, host + "." + vswitch.name(), "a second switch '" + vswitch.name()
                        + "' on " + host + " is named '" + name + "' in the model");
            }
            names.put(vswitch, name);
        }
    }

    /** The switches in Windows's order. */
    List<VmSwitch> all() {
        return new ArrayList<>(names.keySet());
    }

    /** The model's name of a switch. */
    String name(VmSwitch vswitch) {
        return names.get(vswitch);
    }

    /** The switch a NIC row names by {@code id} (preferred) or {@code name}, or null. */
    VmSwitch find(String id, String name) {
        if (id != null) {
            for (VmSwitch vswitch : names.keySet()) {
                if (id.equalsIgnoreCase(vswitch.id())) {
                    return vswitch;
                }
            }
        }
        return name == null ? null : names.keySet().stream().filter(s -> name.equals(s.name())).findFirst().orElse(null);
    }
}
