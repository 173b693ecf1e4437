// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.apache.logging.log4j.LogManager;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.DerivedModels;
import org.hvnet.diagram.gmodel.DiagramGraph;

import com.google.inject.Inject;

/**
 * Builds and lays out the diagram of the session's document after every change. An overview shows no addresses, so
 * they are simulated in the background then, for the first host expanded.
 */
public class HvnetGModelFactory implements GModelFactory {

    @Inject
    private HvnetModelState state;
    @Inject
    private DiagramFiles files;
    private String lastWarning;

    @Override
    public void createGModel() {
        DiagramGraph graph = TopologyDiagram.layOut(state.files(), state.filters(), null, state.view(), state.trace(), this::warnOnce);
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
