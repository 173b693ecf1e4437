// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.hvnet.diagram.export.DiagramMarker;
import org.hvnet.diagram.export.DiagramMarkers;
import org.hvnet.diagram.export.SvgExporter;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DerivedModels;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateScope;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.TraceOverlay;
import org.hvnet.diagram.gmodel.TopologyGraphBuilder;
import org.hvnet.diagram.layout.LayoutSidecars;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.model.Topology;

/** The laid-out diagram of a document: the one pipeline behind the web diagram and the SVG export. */
public final class TopologyDiagram {

    private TopologyDiagram() {
    }

    /**
     * Builds the GModel of {@code document} through {@code filters} as a new diagram shows it (the overview above
     * {@value org.hvnet.diagram.gmodel.EstateView#OVERVIEW_ABOVE_HOSTS} hosts), lays it out, and applies the moved
     * positions; {@code addresses} null means the simulation's addresses.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static DiagramGraph layOut(TopologyDocument document, DiagramFilters filters, AddressLabels addresses) {
        return layOut(document, filters, addresses, EstateView.AUTO, null, warning -> {
        });
    }

    /** {@link #layOut(TopologyDocument, DiagramFilters, AddressLabels)}, telling {@code warnings} why a layout sidecar was ignored. */
    public static DiagramGraph layOut(TopologyDocument document, DiagramFilters filters, AddressLabels addresses, Consumer<String> warnings) {
        return layOut(document, filters, addresses, EstateView.AUTO, null, warnings);
    }

    /**
     * Builds the GModel of {@code document} through {@code filters} as {@code view} shows it, with the path of
     * {@code trace} (null: none), lays it out and applies the moved positions; {@code addresses} null means the
     * simulation's addresses, {@code warnings} hears why a layout sidecar was ignored.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static DiagramGraph layOut(TopologyDocument document, DiagramFilters filters, AddressLabels addresses, EstateView view,
            TraceOverlay trace, Consumer<String> warnings) {
        return layOut(TopologyFiles.of(document), filters, addresses, view, trace, warnings);
    }

    /**
     * Builds the GModel of {@code files} (one diagram of all of them) through {@code filters} as {@code view} shows it,
     * with the path of {@code trace} (null: none), lays it out and applies the positions moved in each file's sidecar;
     * {@code addresses} null means the simulation's addresses, {@code warnings} hears why a layout sidecar was ignored.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static DiagramGraph layOut(TopologyFiles files, DiagramFilters filters, AddressLabels addresses, EstateView view,
            TraceOverlay trace, Consumer<String> warnings) {
        LayoutSidecars sidecars = LayoutSidecars.read(files.paths());
        sidecars.problems().forEach(warnings);
        return layOut(files, filters, addresses, view, trace, sidecars);
    }

    /**
     * {@link #layOut(TopologyFiles, DiagramFilters, AddressLabels, EstateView, TraceOverlay, Consumer)} with the files'
     * layout sidecars already read (their problems told by the caller).
     */
    public static DiagramGraph layOut(TopologyFiles files, DiagramFilters filters, AddressLabels addresses, EstateView view,
            TraceOverlay trace, LayoutSidecars sidecars) {
        List<Topology> topologies = files.topologies();
        if (filters.plannedInstallApplied() && !topologies.isEmpty()) {
            topologies = DerivedModels.installed(topologies);
        }
        AddressLabels shown = addresses == null ? addresses(topologies, filters) : addresses;
        EstateScope scope = EstateScope.of(topologies, view, trace);
        DiagramGraph graph = new TopologyGraphBuilder(filters, shown, scope).build(topologies, files.name());
        TopologyLayout.apply(graph.root(), sidecars.positions());
        if (trace != null) {
            trace.apply(graph);
        }
        return graph;
    }

    /** The addresses shown on the model of {@code topologies} through {@code filters}: the simulation's, or none. */
    public static AddressLabels addresses(List<Topology> topologies, DiagramFilters filters) {
        return filters.addresses() && !topologies.isEmpty() ? DerivedModels.addresses(topologies) : AddressLabels.NONE;
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
        return svg(document, EstateView.AUTO, warnings);
    }

    /**
     * The SVG of {@code document} as {@code view} shows it, with every filter open, the moved positions and the
     * validation markers; a layout sidecar that is ignored is told to {@code warnings}.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static String svg(TopologyDocument document, EstateView view, Consumer<String> warnings) {
        return svg(TopologyFiles.of(document), view, warnings);
    }

    /**
     * The SVG of {@code files} (one diagram of all of them) as {@code view} shows it, with every filter open, the moved
     * positions and the validation markers; a layout sidecar that is ignored is told to {@code warnings}.
     *
     * @throws org.hvnet.diagram.layout.LayoutFailedException when the layout gives a shape no finite position
     */
    public static String svg(TopologyFiles files, EstateView view, Consumer<String> warnings) {
        DiagramGraph graph = layOut(files, DiagramFilters.ALL, null, view, null, warnings);
        Map<String, List<DiagramMarker>> markers = DiagramMarkers.of(files, graph);
        return SvgExporter.export(graph.root(), markers);
    }
}
