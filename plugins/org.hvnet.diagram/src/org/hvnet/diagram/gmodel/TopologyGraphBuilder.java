package org.hvnet.diagram.gmodel;

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

    private final DiagramFilters filters;
    private final AddressLabels addresses;
    private final Map<String, EObject> elements = new HashMap<>();
    private final Map<EObject, GModelElement> shown = new HashMap<>();

    /** A builder showing what {@code filters} let through, with addresses from {@code addresses}. */
    public TopologyGraphBuilder(DiagramFilters filters, AddressLabels addresses) {
        this.filters = filters;
        this.addresses = addresses;
    }

    /** The diagram of {@code topology}. */
    public DiagramGraph build(Topology topology) {
        GGraphBuilder graph = new GGraphBuilder(ElementTypes.GRAPH).id("topology:" + topology.getName());
        for (Network network : topology.getNetworks()) {
            graph.add(network(network));
        }
        for (Host host : topology.getHosts()) {
            graph.add(host(host));
        }
        graph.add(legend());
        GGraph root = graph.build();
        for (Host host : topology.getHosts()) {
            edges(host, root);
        }
        if (filters.segments()) {
            SegmentShading.apply(topology, shown);
        }
        return new DiagramGraph(root, Map.copyOf(elements));
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
            String badge = BindingBadge.of(nic.getBindings());
            port.add(new GLabelBuilder(ElementTypes.BADGE_LABEL).id(id + "#bindings").text(badge).addCssClass("badge")
                    .size(TextMetrics.width(badge, 10) + 6, 14).build());
        }
        addAddress(port, nic, id);
        return remember(nic, port.build());
    }

    private GNode virtualSwitch(VirtualSwitch virtualSwitch) {
        String id = ElementIds.of(virtualSwitch);
        String kind = virtualSwitch.isSetKind() ? virtualSwitch.getKind().getLiteral() : "internal";
        GLabel name = nameLabel(id, virtualSwitch.getName(), "switch-name");
        GLabel detail = detailLabel(id + "#kind", kind + " switch");
        GNode node = new GNodeBuilder(ElementTypes.SWITCH).id(id).addCssClass("switch").addCssClass("switch-" + kind)
                .size(Math.max(120, Math.max(name.getSize().getWidth(), detail.getSize().getWidth()) + 24), 44)
                .add(name).add(detail).build();
        return remember(virtualSwitch, node);
    }

    private GNode hostVnic(HostVirtualNic vnic) {
        String id = ElementIds.of(vnic);
        GLabel name = nameLabel(id, vnic.getName(), "vnic-name");
        GNodeBuilder builder = new GNodeBuilder(ElementTypes.HOST_VNIC).id(id).addCssClass("hostvnic")
                .size(Math.max(90, name.getSize().getWidth() + 20), 30).add(name);
        return remember(vnic, builder.build());
    }

    private GNode vm(VirtualMachine vm) {
        String id = ElementIds.of(vm);
        GNodeBuilder builder = new GNodeBuilder(ElementTypes.VM).id(id).addCssClass("vm")
                .add(nameLabel(id, vm.getName(), "vm-name"));
        for (VmNic nic : vm.getNics()) {
            String nicId = ElementIds.of(nic);
            GPortBuilder port = new GPortBuilder(ElementTypes.VM_NIC).id(nicId).addCssClass("vmnic").size(PORT_SIZE, PORT_SIZE)
                    .add(nameLabel(nicId, nic.getName(), "port-name"));
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

    private GNode legend() {
        GNodeBuilder legend = new GNodeBuilder(ElementTypes.LEGEND).id("legend").addCssClass("legend")
                .add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id("legend#title").text("Switch kinds").addCssClass("legend-title")
                        .position(10, 6).size(TextMetrics.width("Switch kinds"), TextMetrics.LINE_HEIGHT).build());
        double y = 26;
        for (String kind : List.of("external", "internal", "private")) {
            String text = kind + " switch";
            legend.add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id("legend#" + kind).text(text)
                    .addCssClass("legend-entry").addCssClass("switch-" + kind).position(30, y)
                    .size(TextMetrics.width(text), TextMetrics.LINE_HEIGHT).build());
            y += 20;
        }
        return legend.size(130, y + 6).build();
    }

    private void edges(Host host, GGraph root) {
        for (PhysicalNic nic : host.getNics()) {
            // one cable edge a NIC (edge ids are per NIC): a trunk cable is drawn to its first network
            Network network = nic.getCables().isEmpty() ? null : nic.getCables().get(0);
            if (network != null && shown.containsKey(network)) {
                root.getChildren().add(edge(ElementTypes.CABLE_EDGE, "cable", shown.get(network), shown.get(nic)));
            }
        }
        for (VirtualSwitch virtualSwitch : host.getSwitches()) {
            GModelElement switchNode = shown.get(virtualSwitch);
            if (switchNode == null) {
                continue;
            }
            // one uplink edge a switch (edge ids are per switch): a team is drawn from its first NIC
            PhysicalNic uplink = virtualSwitch.getExternalNics().isEmpty() ? null : virtualSwitch.getExternalNics().get(0);
            if (uplink != null && shown.containsKey(uplink)) {
                root.getChildren().add(edge(ElementTypes.UPLINK_EDGE, "uplink", shown.get(uplink), switchNode));
            }
            for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                root.getChildren().add(edge(ElementTypes.HOST_VNIC_EDGE, "hostvnic-link", switchNode, shown.get(vnic)));
            }
        }
        for (VirtualMachine vm : host.getVms()) {
            for (VmNic nic : vm.getNics()) {
                if (nic.getSwitch() != null && shown.containsKey(nic.getSwitch()) && shown.containsKey(nic)) {
                    GEdge edge = edge(ElementTypes.CONNECTION_EDGE, "connection", shown.get(nic.getSwitch()), shown.get(nic));
                    SwitchKind kind = nic.getSwitch().getKind();
                    edge.getCssClasses().add("link-" + (kind == null ? "internal" : kind.getLiteral()));
                    root.getChildren().add(edge);
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

    private GLabel nameLabel(String ownerId, String text, String cssClass) {
        String shownText = text == null ? "?" : text;
        return new GLabelBuilder(ElementTypes.NAME_LABEL).id(ElementIds.nameLabel(ownerId)).text(shownText).addCssClass(cssClass)
                .size(TextMetrics.width(shownText, 13), TextMetrics.LINE_HEIGHT).build();
    }

    private static GLabel detailLabel(String id, String text) {
        return new GLabelBuilder(ElementTypes.DETAIL_LABEL).id(id).text(text).addCssClass("detail")
                .size(TextMetrics.width(text, 11), 14).build();
    }

    private <T extends GModelElement> T remember(EObject element, T shape) {
        elements.put(shape.getId(), element);
        shown.put(element, shape);
        return shape;
    }
}
