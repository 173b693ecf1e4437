package org.hvnet.diagram.gmodel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.util.HvnetSwitch;

/**
 * The simulation overlay of one traced packet (rule T-7): every interface, switch and network the packet passes
 * gets the css class {@code trace-hop} (and so do the edges between two of them), and a box states the verdict.
 */
public record TraceOverlay(List<String> hops, String verdict) {

    /** Marks the path in {@code graph}, whose shapes show the model elements of {@code elements}. */
    public void apply(GGraph graph, Map<String, EObject> elements) {
        Map<String, String> idsByHopName = new HashMap<>();
        elements.forEach((id, element) -> {
            String name = hopName(element);
            if (name != null && !id.contains(">")) {
                idsByHopName.put(name, id);
            }
        });
        Set<String> marked = new HashSet<>();
        for (String hop : hops) {
            String id = idsByHopName.get(hop);
            if (id != null) {
                marked.add(id);
            }
        }
        graph.eAllContents().forEachRemaining(o -> {
            if (o instanceof GModelElement element && marked.contains(element.getId())) {
                element.getCssClasses().add("trace-hop");
            }
        });
        for (GModelElement child : graph.getChildren()) {
            if (child instanceof GEdge edge && marked.contains(edge.getSourceId()) && marked.contains(edge.getTargetId())) {
                edge.getCssClasses().add("trace-hop");
            }
        }
        String text = verdict;
        graph.getChildren().add(new GNodeBuilder(ElementTypes.LEGEND).id("trace").addCssClass("legend").addCssClass("trace-verdict")
                .position(24, Math.max(0, graph.getSize() == null ? 0 : graph.getSize().getHeight()))
                .size(TextMetrics.width(text) + 24, 30)
                .add(new GLabelBuilder(ElementTypes.DETAIL_LABEL).id("trace#verdict").text(text).addCssClass("legend-title")
                        .position(12, 7).size(TextMetrics.width(text), TextMetrics.LINE_HEIGHT).build())
                .build());
        if (graph.getSize() != null) {
            graph.setSize(GraphUtil.dimension(Math.max(graph.getSize().getWidth(), TextMetrics.width(text) + 72), graph.getSize().getHeight() + 44));
        }
    }

    /** How the simulation names a model element in a hop: {@code OWNER.IFACE}, {@code HOST.SWITCH}, a network. */
    private static String hopName(EObject element) {
        return HOP_NAMES.doSwitch(element);
    }

    /** The hop name of each kind of element a trace passes (EMF's generated switch over the metamodel); null for others. */
    private static final HvnetSwitch<String> HOP_NAMES = new HvnetSwitch<>() {
        @Override
        public String caseVmNic(VmNic nic) {
            return ownedBy(nic.eContainer(), nic.getName());
        }

        @Override
        public String casePhysicalNic(PhysicalNic nic) {
            return ownedBy(nic.eContainer(), nic.getName());
        }

        @Override
        public String caseHostVirtualNic(HostVirtualNic vnic) {
            return vnic.eContainer() == null ? null : ownedBy(vnic.eContainer().eContainer(), vnic.getName());
        }

        @Override
        public String caseVirtualSwitch(VirtualSwitch virtualSwitch) {
            return ownedBy(virtualSwitch.eContainer(), virtualSwitch.getName());
        }

        @Override
        public String caseNetwork(Network network) {
            return network.getName();
        }

        /** {@code OWNER.NAME} when the owner is a host or a VM. */
        private String ownedBy(EObject owner, String name) {
            return owner instanceof Host || owner instanceof VirtualMachine ? ((NamedElement) owner).getName() + "." + name : null;
        }
    };
}
