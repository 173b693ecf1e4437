package org.hvnet.diagram;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.hvnet.diagram.export.DiagramMarker;
import org.hvnet.diagram.export.DiagramMarkers;
import org.hvnet.diagram.export.SvgExporter;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.SimulatedAddresses;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;
import org.hvnet.diagram.layout.LayoutSidecar;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;

/** The laid-out diagram of a document: the one pipeline behind the web diagram and the SVG export. */
public final class TopologyDiagram {

    private TopologyDiagram() {
    }

    /**
     * Builds the GModel of {@code document} through {@code filters}, lays it out, and applies the moved positions;
     * {@code addresses} null means the simulation's addresses.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static DiagramGraph layOut(TopologyDocument document, DiagramFilters filters, AddressLabels addresses) {
        return layOut(document, filters, addresses, warning -> {
        });
    }

    /** {@link #layOut(TopologyDocument, DiagramFilters, AddressLabels)}, telling {@code warnings} why a layout sidecar was ignored. */
    public static DiagramGraph layOut(TopologyDocument document, DiagramFilters filters, AddressLabels addresses, Consumer<String> warnings) {
        org.hvnet.model.Topology topology = document.topology();
        if (topology == null) {
            topology = org.hvnet.model.HvnetFactory.eINSTANCE.createTopology();
            topology.setName("empty");
        }
        if (filters.plannedInstallApplied()) {
            topology = org.hvnet.analysis.SimulatedModel.of(java.util.List.of(topology)).topologies().get(0);
        }
        AddressLabels shown = addresses == null ? (filters.addresses() ? SimulatedAddresses.of(topology) : AddressLabels.NONE) : addresses;
        DiagramGraph graph = new TopologyGraphBuilder(filters, shown).build(topology);
        LayoutSidecar sidecar = LayoutSidecar.read(document.file());
        sidecar.problem().ifPresent(warnings);
        TopologyLayout.apply(graph.root(), sidecar.positions());
        return graph;
    }

    /** The SVG of {@code document} with every filter open, the moved positions and the validation markers. */
    public static String svg(TopologyDocument document) {
        return svg(document, warning -> {
        });
    }

    /**
     * The SVG of {@code document} with every filter open, the moved positions and the validation markers; a layout
     * sidecar that is ignored is told to {@code warnings}.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static String svg(TopologyDocument document, Consumer<String> warnings) {
        DiagramGraph graph = layOut(document, DiagramFilters.ALL, null, warnings);
        Map<String, List<DiagramMarker>> markers = DiagramMarkers.of(document, graph);
        return SvgExporter.export(graph.root(), markers);
    }
}
