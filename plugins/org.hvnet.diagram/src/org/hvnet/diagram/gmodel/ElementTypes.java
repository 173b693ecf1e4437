// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

/** The GModel types of the topology diagram: the client registers one view per type, the SVG export mirrors them. */
public final class ElementTypes {

    /** The diagram root. */
    public static final String GRAPH = "graph";
    /** A physical network (LAN), outside every host. */
    public static final String NETWORK = "node:network";
    /** A host: a container with its physical NICs as ports on the border. */
    public static final String HOST = "node:host";
    /** A host of the overview, drawn compact: name, platform, switches by kind, VMs, findings. */
    public static final String HOST_SUMMARY = "node:hostsummary";
    /** A virtual switch inside a host (css class says which kind). */
    public static final String SWITCH = "node:switch";
    /** A host virtual NIC (the parent partition's port on a switch). */
    public static final String HOST_VNIC = "node:hostvnic";
    /** A virtual machine. */
    public static final String VM = "node:vm";
    /** A WinNAT instance of a host (NetNat, rule X-1): its prefix and static mappings. */
    public static final String NETNAT = "node:netnat";
    /** The legend box of switch kinds. */
    public static final String LEGEND = "node:legend";
    /** A physical NIC, a port on its host's border. */
    public static final String PHYSICAL_NIC = "port:pnic";
    /** A VM NIC, a port on its VM. */
    public static final String VM_NIC = "port:vmnic";
    /** The name of an element (editable in place). */
    public static final String NAME_LABEL = "label:name";
    /** The collapse button ({@code −}) of a host drawn whole in the overview. */
    public static final String TOGGLE_LABEL = "label:toggle";
    /** A secondary text: platform, subnet, kind. */
    public static final String DETAIL_LABEL = "label:detail";
    /** The compact bindings badge of a physical NIC. */
    public static final String BADGE_LABEL = "label:badge";
    /** A badge on an edge (the VLANs a cable carries), placed by the server, not along the edge by the client. */
    public static final String EDGE_BADGE_LABEL = "label:edgebadge";
    /** An IPv4 address with its source (static, dhcp, apipa). */
    public static final String ADDRESS_LABEL = "label:address";
    /** VM NIC to switch. */
    public static final String CONNECTION_EDGE = "edge:connection";
    /** Host vNIC to switch. */
    public static final String HOST_VNIC_EDGE = "edge:hostvnic";
    /** External switch to its physical NIC. */
    public static final String UPLINK_EDGE = "edge:uplink";
    /** The host vNIC that is a NetNat's gateway to the NetNat. */
    public static final String NAT_EDGE = "edge:nat";
    /** Physical NIC to physical network (the cable). */
    public static final String CABLE_EDGE = "edge:cable";

    /** Palette id: create a switch of the kind named after the colon (external / internal / private). */
    public static final String SWITCH_OF_KIND = "node:switch:";

    private ElementTypes() {
    }
}
