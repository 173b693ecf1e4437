// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import org.hvnet.interop.inventory.VmNetworkAdapter;

/**
 * Which NIC a row of Get-VMNetworkAdapterVlan or Get-VMNetworkAdapterAcl is about: its {@code ParentAdapter}'s id,
 * else its VM and name.
 *
 * @param id the adapter's id, or null
 * @param vmName the VM's name; null for the management OS
 * @param name the adapter's name, or null
 * @param managementOs true for a host vNIC
 */
record AdapterRef(String id, String vmName, String name, boolean managementOs) {

    /** The NIC a row names, from its nested {@code ParentAdapter} (or, failing that, its own properties). */
    static AdapterRef of(JsonRow row) {
        JsonRow parent = row.object("ParentAdapter").orElse(row);
        String vmName = parent.text("VMName");
        boolean managementOs = parent.bool("IsManagementOs", vmName == null || vmName.isBlank());
        String name = parent == row ? row.text(row.firstPresent("VMNetworkAdapterName", "AdapterName"))
                : parent.text("Name");
        return new AdapterRef(parent.text("Id"), managementOs ? null : vmName, name, managementOs);
    }

    /** True when this reference names {@code adapter}: by id when both have one, else by VM and Windows name. */
    boolean names(VmNetworkAdapter adapter) {
        if (id != null && adapter.id() != null) {
            return id.equalsIgnoreCase(adapter.id());
        }
        return managementOs == adapter.managementOs() && name != null && name.equalsIgnoreCase(adapter.windowsName())
                && (managementOs || (vmName != null && vmName.equalsIgnoreCase(adapter.vmName())));
    }

    /** How a message names the NIC. */
    String describe() {
        String who = managementOs ? "the management OS" : "VM " + (vmName == null ? "?" : vmName);
        return "NIC " + (name == null ? (id == null ? "?" : id) : "\"" + name + "\"") + " of " + who;
    }
}
