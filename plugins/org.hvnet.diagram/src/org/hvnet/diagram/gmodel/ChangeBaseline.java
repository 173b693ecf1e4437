// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;

import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.diff.ModelDifference;

/**
 * The older version a diagram is compared with ({@code hvnet serve --changes OLD NEW}): its topologies and simulation,
 * and the difference to the model last drawn, computed again only when that model was parsed again.
 */
public final class ChangeBaseline {

    /** Argument of the diagram's root when it has a baseline: {@code shown} or {@code hidden}, the state of the changes layer. */
    public static final String ROOT_ARGUMENT = "changes";

    private final String name;
    private final List<Topology> topologies;
    private final Simulation simulation;
    private List<Topology> lastNewer = List.of();
    private ChangesOverlay lastOverlay;

    /** The older version named {@code name} (as the command line gave it), with its simulation. */
    public ChangeBaseline(String name, List<Topology> topologies, Simulation simulation) {
        this.name = name;
        this.topologies = List.copyOf(topologies);
        this.simulation = simulation;
    }

    /** The name of the older version, as given. */
    public String name() {
        return name;
    }

    /**
     * Tells the client that the changes layer exists and, when {@code shown}, marks in {@code graph} what changed from
     * this version to {@code written} (the files' topologies the graph was built from).
     */
    public void show(DiagramGraph graph, List<Topology> written, boolean shown) {
        graph.root().getArgs().put(ROOT_ARGUMENT, shown ? "shown" : "hidden");
        if (shown) {
            overlay(written).apply(graph);
        }
    }

    /** The changes from this version to {@code written}, kept while the same parse is drawn. */
    public synchronized ChangesOverlay overlay(List<Topology> written) {
        if (lastOverlay == null || !DerivedModels.sameParse(written, lastNewer)) {
            lastNewer = List.copyOf(written);
            lastOverlay = compare(written);
        }
        return lastOverlay;
    }

    private ChangesOverlay compare(List<Topology> written) {
        try {
            // no pairs listed: the layer shows counts, and listing a pair confirms it by two traces
            return new ChangesOverlay(name, ModelDifference.between(topologies, simulation, written, Simulation.of(written), 0), null);
        } catch (RuntimeException e) {
            return new ChangesOverlay(name, null, "cannot compare with " + name + ": " + e.getMessage());
        }
    }
}
