// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.GraphPackage;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;

/**
 * The diagram last laid out of each set of served files, kept for the next session that shows the same parse of them
 * the same way (a page reloaded): laying out an estate of thousands of hosts again costs more than copying the result.
 * A session changes its diagram in place (a host expanded), so each gets a copy and the kept one stays as built.
 */
public final class LaidOutDiagrams {

    private final Map<List<Path>, Kept> kept = new HashMap<>();

    /**
     * The diagram of {@code files} shown through {@code filters} as {@code view} with the moved positions {@code moved}: a
     * copy of the one kept when nothing of that changed since, else {@code layOut}'s, kept.
     */
    public DiagramGraph of(TopologyFiles files, DiagramFilters filters, EstateView view, Map<String, GPoint> moved, Supplier<DiagramGraph> layOut) {
        Key key = new Key(files.documents().stream().map(TopologyDocument::text).toList(), files.topologies(), files.name(), filters, view,
                coordinates(moved));
        Kept last;
        synchronized (this) {
            last = kept.get(files.paths());
        }
        if (last != null && last.key().equals(key)) {
            return copy(last.graph());
        }
        DiagramGraph graph = layOut.get();
        Kept built = new Kept(key, copy(graph));
        synchronized (this) {
            kept.put(files.paths(), built);
        }
        return graph;
    }

    /** A copy of {@code graph}'s shapes; an edge's ends are copied as their ids (looking the ends up would index the original). */
    private static DiagramGraph copy(DiagramGraph graph) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void copyReference(EReference reference, EObject object, EObject copy) {
                if (reference != GraphPackage.Literals.GEDGE__SOURCE && reference != GraphPackage.Literals.GEDGE__TARGET) {
                    super.copyReference(reference, object, copy);
                }
            }
        };
        GGraph root = (GGraph) copier.copy(graph.root());
        copier.copyReferences();
        return new DiagramGraph(root, graph.elements(), graph.topologies());
    }

    private static Map<String, List<Double>> coordinates(Map<String, GPoint> moved) {
        Map<String, List<Double>> coordinates = new TreeMap<>();
        moved.forEach((id, point) -> coordinates.put(id, List.of(point.getX(), point.getY())));
        return coordinates;
    }

    private record Kept(Key key, DiagramGraph graph) {
    }

    /** What a diagram is laid out from: the files' texts and parse (compared by identity: a new text is parsed anew), and how it is shown. */
    private record Key(List<String> texts, List<?> topologies, String name, DiagramFilters filters, EstateView view,
            Map<String, List<Double>> moved) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && same(texts, that.texts) && same(topologies, that.topologies) && name.equals(that.name)
                    && filters.equals(that.filters) && view.equals(that.view) && moved.equals(that.moved);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }

        private static boolean same(List<?> one, List<?> other) {
            if (one.size() != other.size()) {
                return false;
            }
            for (int i = 0; i < one.size(); i++) {
                if (one.get(i) != other.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
