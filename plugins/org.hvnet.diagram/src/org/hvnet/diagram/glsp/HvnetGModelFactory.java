// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.DerivedModels;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.layout.LayoutSidecars;

import com.google.inject.Inject;

/**
 * Builds and lays out the diagram of the session's document after every change, or copies the one laid out last of the
 * same parse shown the same way ({@link LaidOutDiagrams}). An overview shows no addresses, so they are simulated in the
 * background then, for the first host expanded.
 */
public class HvnetGModelFactory implements GModelFactory {

    @Inject
    private HvnetModelState state;
    @Inject
    private DiagramFiles files;
    private String lastWarning;

    @Override
    public void createGModel() {
        DiagramGraph graph;
        if (state.trace() == null && files.baseline() == null) {
            // a page reloaded shows what the last session laid out: that layout is copied, not computed again
            LayoutSidecars sidecars = LayoutSidecars.read(state.files().paths());
            sidecars.problems().forEach(this::warnOnce);
            graph = files.laidOut().of(state.files(), state.filters(), state.view(), sidecars.positions(),
                    () -> TopologyDiagram.layOut(state.files(), state.filters(), null, state.view(), null, sidecars));
        } else {
            graph = TopologyDiagram.layOut(state.files(), state.filters(), null, state.view(), state.trace(), this::warnOnce);
        }
        if (files.baseline() != null) {
            files.baseline().show(graph, state.files().topologies(), state.changesShown());
        }
        state.setGraph(graph);
        if (Boolean.TRUE.equals(graph.root().getArgs().get("overview")) && state.filters().addresses()) {
            DerivedModels.prepareAddresses(graph.topologies());
        }
    }

    /** A layout sidecar that is ignored is logged once (not at every rebuild of the diagram). */
    private void warnOnce(String warning) {
        if (!warning.equals(lastWarning)) {
            lastWarning = warning;
            LogManager.getLogger(HvnetGModelFactory.class).warn(warning);
        }
    }
}
