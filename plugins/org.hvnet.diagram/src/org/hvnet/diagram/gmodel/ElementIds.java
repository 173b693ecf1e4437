// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * Stable ids of diagram elements, made of the names of the model elements (so they survive a re-parse of the
 * file, and the layout sidecar can refer to them): {@code host:HV01}, {@code switch:HV01/Lab},
 * {@code vmnic:HV01/Web01/eth0}.
 */
public final class ElementIds {

    /** The start of a host's id, before its name. */
    public static final String HOST_PREFIX = "host:";
    /** Separates the names of owner and owned element. */
    public static final String SEPARATOR = "/";
    /** Suffix of the id of an element's name label. */
    public static final String NAME_LABEL_SUFFIX = "#name";

    private ElementIds() {
    }

    /** The id of a network node. */
    public static String of(Network network) {
        return "network:" + network.getName();
    }

    /** The id of a host node. */
    public static String of(Host host) {
        return HOST_PREFIX + host.getName();
    }

    /** The id of a physical NIC port. */
    public static String of(PhysicalNic nic) {
        return "pnic:" + owner(nic.eContainer()) + SEPARATOR + nic.getName();
    }

    /** The id of a switch node. */
    public static String of(VirtualSwitch virtualSwitch) {
        return "switch:" + owner(virtualSwitch.eContainer()) + SEPARATOR + virtualSwitch.getName();
    }

    /** The id of a host vNIC node. */
    public static String of(HostVirtualNic vnic) {
        VirtualSwitch owner = (VirtualSwitch) vnic.eContainer();
        return "hostvnic:" + owner(owner.eContainer()) + SEPARATOR + owner.getName() + SEPARATOR + vnic.getName();
    }

    /** The id of a VM node. */
    public static String of(VirtualMachine vm) {
        return "vm:" + owner(vm.eContainer()) + SEPARATOR + vm.getName();
    }

    /** The id of a VM NIC port. */
    public static String of(VmNic nic) {
        VirtualMachine vm = (VirtualMachine) nic.eContainer();
        return "vmnic:" + owner(vm.eContainer()) + SEPARATOR + vm.getName() + SEPARATOR + nic.getName();
    }

    /** The id of the edge of kind {@code edgeType} that starts at the element with id {@code from}. */
    public static String edge(String edgeType, String from) {
        return edgeType + ">" + from;
    }

    /** True when {@code id} is the id of an edge (its kind, then {@code >}, then the element it starts at). */
    public static boolean isEdge(String id) {
        return id.contains(">");
    }

    /** The id of the name label of the element with id {@code elementId}. */
    public static String nameLabel(String elementId) {
        return elementId + NAME_LABEL_SUFFIX;
    }

    /** The element id of a name label id, or the id itself. */
    public static String ownerOfLabel(String labelId) {
        return labelId.endsWith(NAME_LABEL_SUFFIX) ? labelId.substring(0, labelId.length() - NAME_LABEL_SUFFIX.length()) : labelId;
    }

    private static String owner(Object container) {
        return container instanceof Host host ? host.getName() : String.valueOf(container);
    }
}
