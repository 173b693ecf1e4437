// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

/** What an L3 port of the snapshot is: a model interface, or a device declared on a physical network. */
public enum PortKind {
    /** A physical NIC of a host. */
    NIC("nic"),
    /** A host vNIC, the parent partition's port on a switch. */
    HOST_VNIC("host-vnic"),
    /** A VM's NIC. */
    VM_NIC("vm-nic"),
    /** A router declared on a physical network. */
    ROUTER("router"),
    /** A DHCP server device declared on a physical network. */
    DHCP_SERVER("dhcp-server");

    private final String label;

    PortKind(String label) {
        this.label = label;
    }

    /** The kind as the JSON output writes it. */
    public String label() {
        return label;
    }

    /** True for interfaces written (or implied) in the model, false for network devices. */
    public boolean isInterface() {
        return this == NIC || this == HOST_VNIC || this == VM_NIC;
    }
}
