// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.interop.inventory.SwitchType;
import org.hvnet.interop.inventory.VirtualMachine;
import org.hvnet.interop.inventory.VmState;
import org.hvnet.interop.inventory.VmSwitch;

/** Reads Get-VMSwitch and Get-VM. */
final class HyperVRows {

    private static final String UNIQUE = "both are read; the model needs unique names";

    private HyperVRows() {
    }

    /** Get-VMSwitch; a switch without a name or of an unknown kind is skipped. */
    static List<VmSwitch> switches(List<JsonRow> rows) {
        List<VmSwitch> switches = new ArrayList<>();
        NameSet names = new NameSet("a switch", "switches", UNIQUE);
        for (JsonRow row : rows) {
            String name = names.nameOf(row);
            if (name == null) {
                continue;
            }
            SwitchType type = row.enumValue("SwitchType", SwitchType.class, "switch \"" + name + "\" is skipped");
            if (type == null) {
                if (row.get("SwitchType") == null) {
                    row.warn("SwitchType", "switch \"" + name + "\" has no SwitchType; skipped");
                }
                continue;
            }
            // 2016 and later list the NICs in the plural property (the singular says "Teamed-Interface" for SET).
            Set<String> nics = new LinkedHashSet<>(row.texts("NetAdapterInterfaceDescriptions"));
            nics.removeIf(String::isBlank);
            if (nics.isEmpty()) {
                nics.addAll(row.texts("NetAdapterInterfaceDescription"));
                nics.removeIf(String::isBlank);
            }
            switches.add(new VmSwitch(name, row.text("Id"), type, row.bool("AllowManagementOS", false),
                    row.bool("EmbeddedTeamingEnabled", false), List.copyOf(nics)));
        }
        return switches;
    }

    /** Get-VM; a VM without a name is skipped. */
    static List<VirtualMachine> vms(List<JsonRow> rows) {
        List<VirtualMachine> vms = new ArrayList<>();
        NameSet names = new NameSet("a VM", "VMs", UNIQUE);
        for (JsonRow row : rows) {
            String name = names.nameOf(row);
            if (name != null) {
                vms.add(new VirtualMachine(name, row.text("Id"), row.enumValue("State", VmState.class)));
            }
        }
        return vms;
    }
}
