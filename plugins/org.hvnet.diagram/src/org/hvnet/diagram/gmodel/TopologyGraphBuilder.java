// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.builder.impl.GPortBuilder;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * Builds the GModel of a topology: networks as nodes outside the hosts, hosts as containers with their physical
 * NICs as border ports (bindings as a badge), switches styled by kind, host vNICs, VMs with NIC ports, and the
 * edges NIC–switch, external switch–physical NIC and physical NIC–network. Sizes of leaves and labels are set
 * here; positions are left to {@link org.hvnet.diagram.layout.TopologyLayout}.
 */
public final class TopologyGraphBuilder {

    /** Size of a port square. */
    public static final double PORT_SIZE = 12;
    /** Css class of what lies over the overview: a host drawn whole in its place, and the edges inside it. */
    public static final String OVERLAY = "overlay";
    /** Argument of a host drawn whole in the overview: the width of its compact node, whose place it takes. */
    public static final String SLOT_WIDTH = "slotWidth";
    /** Argument of a host drawn whole in the overview: the height of its compact node. */
    public static final String SLOT_HEIGHT = "slotHeight";

    private final DiagramFilters filters;
    private final AddressLabels addresses;
    private final EstateScope scope;
    private final Map<String, EObject> elements = new HashMap<>();
    private final Map<EObject, GModelElement> shown = new HashMap<>();

    /** A builder showing every host whole, what {@code filters} let through, with addresses from {@code addresses}. */
    public TopologyGraphBuilder(DiagramFilters filters, AddressLabels addresses) {
        this(filters, addresses, null);
    }

    /**
     * A builder showing what {@code filters} let through, with addresses from {@code addresses}, of the hosts and
     * networks of {@code scope} (null: every one, drawn whole).
     */
    public TopologyGraphBuilder(DiagramFilters filters, AddressLabels addresses, EstateScope scope) {
        this.filters = filters;
        this.addresses = addresses;
        this.scope = scope;
    }

    /** The diagram of {@code topology}. */
    public DiagramGraph build(Topology topology) {
        return build(List.of(topology), topology.getName());
    }

    /**
     * The diagram of {@code topologies} (the files of one model) as one, its root named {@code name}. In the overview
     * a host drawn whole lies over its place among the compact hosts (css class {@value #OVERLAY}, it and the edges
     * inside it, which the web client draws above the rest).
     */
    public DiagramGraph build(List<Topology> topologies, String name) {
        boolean overview = scope != null && scope.overview();
        GGraphBuilder graph = new GGraphBuilder(ElementTypes.GRAPH).id("topology:" + name);
        for (Topology topology : topologies) {
            for (Network network : topology.getNetworks()) {
                if (scope == null || scope.networks().contains(network)) {
                    graph.add(network(network));
                }
            }
        }
        List<Host> whole = new ArrayList<>();
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                if (scope == null || scope.whole().contains(host)) {
                    graph.add(host(host));
                    whole.add(host);
                } else if (scope.hosts().contains(host)) {
                    graph.add(remember(host, CompactHost.of(host, this::rememberPort)));
                }
            }
        }
        graph.add(Legend.of(overview));
        // every edge is added before the root is built: added one by one to a built root, each costs GLSP's index an update
        List<GModelElement> tail = new ArrayList<>();
        for (Topology topology : topologies) {
            for (Host host : topology.getHosts()) {
                tail.addAll(cables(host));
            }
        }
        for (Host host : whole) {
            tail.addAll(edges(host));
        }
        graph.addAll(tail);
        GGraph root = graph.build();
        if (overview) {
            root.getArgs().put("overview", true);
        }
        root.getArgs().put("hosts", String.join("\n", topologies.stream().flatMap(t -> t.getHosts().stream()).map(Host::getName)
                .filter(java.util.Objects::nonNull).toList()));
        if (filters.segments()) {
            SegmentShading.apply(topologies, shown);
        }
        if (filters.vlans()) {
            VlanColours.apply(root, elements);
        }
        return new DiagramGraph(root, Map.copyOf(elements), List.copyOf(topologies));
    }

    /**
     * The shapes of {@code host} drawn whole over its place in the overview (the node, with its collapse toggle, and
     * the edges inside it), to put in place of its compact node; their model elements join {@code elements}.
     */
    public HostShapes whole(Host host, Map<String, EObject> elementsNow) {
        elements.putAll(elementsNow);
        GNode node = host(host);
        List<GEdge> inner = edges(host);
        if (filters.vlans()) {
            VlanColours.apply(node, elements);
            inner.forEach(edge -> VlanColours.apply(edge, elements));
        }
        return new HostShapes(node, inner, Map.copyOf(elements));
    }

    /** The compact node of {@code host}, to put in place of the host drawn whole; its model elements join {@code elements}. */
    public HostShapes compact(Host host, Map<String, EObject> elementsNow) {
        elements.putAll(elementsNow);
        GNode node = remember(host, CompactHost.of(host, this::rememberPort));
        return new HostShapes(node, List.of(), Map.copyOf(elements));
    }

    private GNode network(Network network) {
        String id = ElementIds.of(network);
        GLabel name = nameLabel(id, network.getName(), "network-name");
        String subnet = network.getSubnet() == null ? "physical network" : String.valueOf(network.getSubnet());
        GLabel detail = detailLabel(id + "#subnet", subnet);
        GNode node = new GNodeBuilder(ElementTypes.NETWORK).id(id).addCssClass("network")
                .size(Math.max(150, Math.max(name.getSize().getWidth(), detail.getSize().getWidth()) + 28), 48)
                .add(name).add(detail).build();
        return remember(network, node);
    }

    private GNode host(Host host) {
        String id = ElementIds.of(host);
        String platform = host.isSetPlatform() ? host.getPlatform().getLiteral() : "host";
        GNodeBuilder builder = new GNodeBuilder(ElementTypes.HOST).id(id).addCssClass("host")
                .add(nameLabel(id, host.getName(), "host-name"))
                .add(detailLabel(id + "#platform", platform));
        if (scope != null && scope.overview()) {
            builder.addCssClass("host-expanded").addCssClass(OVERLAY).add(CompactHost.collapseToggle(id));
            GNode slot = CompactHost.of(host, (nic, port) -> {
            });
            builder.addArgument(SLOT_WIDTH, slot.getSize().getWidth()).addArgument(SLOT_HEIGHT, slot.getSize().getHeight());
        }
        for (PhysicalNic nic : host.getNics()) {
            builder.add(physicalNic(nic));
        }
        for (VirtualSwitch virtualSwitch : host.getSwitches()) {
            if (virtualSwitch.getKind() == SwitchKind.PRIVATE && !filters.privateSwitches()) {
                continue;
            }
            builder.add(virtualSwitch(virtualSwitch));
            for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                builder.add(hostVnic(vnic));
            }
        }
        for (NetNat nat : host.getNetNats()) {
            builder.add(remember(nat, NatShapes.node(nat, nameLabel(NatShapes.id(nat), nat.getName(), "netnat-name"))));
        }
        if (filters.vms()) {
            for (VirtualMachine vm : host.getVms()) {
                builder.add(vm(vm));
            }
        }
        return remember(host, builder.build());
    }

    private GPort physicalNic(PhysicalNic nic) {
        String id = ElementIds.of(nic);
        GPortBuilder port = new GPortBuilder(ElementTypes.PHYSICAL_NIC).id(id).addCssClass("pnic").size(PORT_SIZE, PORT_SIZE)
                .add(nameLabel(id, nic.getName(), "port-name"));
        if (filters.bindings()) {
            port.add(badge(id + "#bindings", BindingBadge.of(nic.getBindings()), "badge"));
        }
        addAddress(port, nic, id);
        return remember(nic, port.build());
    }

    private GNode virtualSwitch(VirtualSwitch virtualSwitch) {
        String id = ElementIds.of(virtualSwitch);
        String kind = virtualSwitch.isSetKind() ? virtualSwitch.getKind().getLiteral() : "internal";
        GLabel name = nameLabel(id, virtualSwitch.getName(), "switch-name");
        GNodeBuilder node = new GNodeBuilder(ElementTypes.SWITCH).id(id).addCssClass("switch").addCssClass("switch-" + kind).add(name);
        double width = name.getSize().getWidth();
        List<String> lines = NatShapes.switchLines(virtualSwitch);
        for (int i = 0; i < lines.size(); i++) {
            GLabel detail = detailLabel(id + (i == 0 ? "#kind" : "#kind" + i), lines.get(i));
            node.add(detail);
            width = Math.max(width, detail.getSize().getWidth());
        }
        return remember(virtualSwitch, node.size(Math.max(120, width + 24), 44).build());
    }

    private GNode hostVnic(HostVirtualNic vnic) {
        String id = ElementIds.of(vnic);
        GLabel name = nameLabel(id, vnic.getName(), "vnic-name");
        double width = name.getSize().getWidth();
        GNodeBuilder builder = new GNodeBuilder(ElementTypes.HOST_VNIC).id(id).addCssClass("hostvnic").add(name);
        for (GLabel badge : PortBadges.of(vnic, id)) {
            builder.add(badge);
            width = Math.max(width, badge.getSize().getWidth());
        }
        return remember(vnic, builder.size(Math.max(90, width + 20), 30).build());
    }

    private GNode vm(VirtualMachine vm) {
        String id = ElementIds.of(vm);
        GNodeBuilder builder = new GNodeBuilder(ElementTypes.VM).id(id).addCssClass("vm")
                .add(nameLabel(id, vm.getName(), "vm-name"));
        for (VmNic nic : vm.getNics()) {
            String nicId = ElementIds.of(nic);
            GPortBuilder port = new GPortBuilder(ElementTypes.VM_NIC).id(nicId).addCssClass("vmnic").size(PORT_SIZE, PORT_SIZE)
                    .add(nameLabel(nicId, nic.getName(), "port-name"));
            PortBadges.of(nic, nicId).forEach(port::add);
            addAddress(port, nic, nicId);
            builder.add(remember(nic, port.build()));
        }
        return remember(vm, builder.build());
    }

    private void addAddress(GPortBuilder port, EObject iface, String id) {
        if (!filters.addresses()) {
            return;
        }
        addresses.of(iface).ifPresent(text -> port.add(new GLabelBuilder(ElementTypes.ADDRESS_LABEL).id(id + "#address")
                .text(text).addCssClass("address").size(TextMetrics.width(text, 10), 13).build()));
    }

    private List<GEdge> cables(Host host) {
        List<GEdge> cables = new ArrayList<>();
        for (PhysicalNic nic : host.getNics()) {
            // one cable edge a NIC (edge ids are per NIC): a trunk cable is drawn to its first network
            Network network = nic.getCables().isEmpty() ? null : nic.getCables().get(0);
            if (network != null && shown.containsKey(network) && shown.containsKey(nic)) {
                GEdge cable = edge(ElementTypes.CABLE_EDGE, "cable", shown.get(network), shown.get(nic));
                if (scope == null || !scope.overview()) {
                    VlanTexts.ofCable(nic).ifPresent(text -> cable.getChildren().add(edgeBadge(cable.getId() + "#vlan", text)));
                }
                cables.add(cable);
            }
        }
        return cables;
    }

    private List<GEdge> edges(Host host) {
        List<GEdge> inner = new ArrayList<>();
        edgesOf(host, inner);
        if (scope != null && scope.overview()) {
            inner.forEach(edge -> edge.getCssClasses().add(OVERLAY));
        }
        return inner;
    }

    private void edgesOf(Host host, List<GEdge> inner) {
        for (VirtualSwitch virtualSwitch : host.getSwitches()) {
            GModelElement switchNode = shown.get(virtualSwitch);
            if (switchNode == null) {
                continue;
            }
            // one uplink edge a switch (edge ids are per switch): a team is drawn from its first NIC
            PhysicalNic uplink = virtualSwitch.getExternalNics().isEmpty() ? null : virtualSwitch.getExternalNics().get(0);
            if (uplink != null && shown.containsKey(uplink)) {
                inner.add(edge(ElementTypes.UPLINK_EDGE, "uplink", shown.get(uplink), switchNode));
            }
            for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                inner.add(edge(ElementTypes.HOST_VNIC_EDGE, "hostvnic-link", switchNode, shown.get(vnic)));
            }
        }
        for (NetNat nat : host.getNetNats()) {
            NatShapes.gateway(nat).filter(shown::containsKey).filter(vnic -> shown.containsKey(nat)).ifPresent(
                    vnic -> inner.add(edge(ElementTypes.NAT_EDGE, "nat-link", shown.get(vnic), shown.get(nat))));
        }
        for (VirtualMachine vm : host.getVms()) {
            for (VmNic nic : vm.getNics()) {
                if (nic.getSwitch() != null && shown.containsKey(nic.getSwitch()) && shown.containsKey(nic)) {
                    GEdge edge = edge(ElementTypes.CONNECTION_EDGE, "connection", shown.get(nic.getSwitch()), shown.get(nic));
                    SwitchKind kind = nic.getSwitch().getKind();
                    edge.getCssClasses().add("link-" + (kind == null ? "internal" : kind.getLiteral()));
                    inner.add(edge);
                }
            }
        }
    }

    private GEdge edge(String type, String cssClass, GModelElement source, GModelElement target) {
        String owner = target.getId();
        GEdge edge = new GEdgeBuilder(type).id(ElementIds.edge(type, owner)).addCssClass(cssClass).source(source).target(target).build();
        elements.put(edge.getId(), elements.get(owner));
        return edge;
    }

    /** A pill label (css class {@code badge} and {@code cssClass}) of {@code text}. */
    static GLabel badge(String id, String text, String cssClass) {
        GLabelBuilder label = new GLabelBuilder(ElementTypes.BADGE_LABEL).id(id).text(text).addCssClass("badge");
        double margin = 6;
        if (!"badge".equals(cssClass)) {
            label.addCssClass(cssClass);
            margin = 10; // digits and commas run wider than the metrics say
        }
        return label.size(TextMetrics.width(text, 10) + margin, 14).build();
    }

    private static GLabel edgeBadge(String id, String text) {
        return new GLabelBuilder(ElementTypes.EDGE_BADGE_LABEL).id(id).text(text).addCssClass("badge").addCssClass("vlan")
                .size(TextMetrics.width(text, 10) + 10, 14).build();
    }

    private GLabel nameLabel(String ownerId, String text, String cssClass) {
        String shownText = text == null ? "?" : text;
        return new GLabelBuilder(ElementTypes.NAME_LABEL).id(ElementIds.nameLabel(ownerId)).text(shownText).addCssClass(cssClass)
                .size(TextMetrics.width(shownText, 13), TextMetrics.LINE_HEIGHT).build();
    }

    private static GLabel detailLabel(String id, String text) {
        return new GLabelBuilder(ElementTypes.DETAIL_LABEL).id(id).text(text).addCssClass("detail")
                .size(TextMetrics.width(text, 11), 14).build();
    }

    private void rememberPort(EObject element, GModelElement shape) {
        elements.put(shape.getId(), element);
        shown.put(element, shape);
    }

    private <T extends GModelElement> T remember(EObject element, T shape) {
        elements.put(shape.getId(), element);
        shown.put(element, shape);
        return shape;
    }
}
