package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.apache.logging.log4j.LogManager;
import org.hvnet.diagram.TopologyDiagram;

import com.google.inject.Inject;

/** Builds and lays out the diagram of the session's document after every change. */
public class HvnetGModelFactory implements GModelFactory {

    @Inject
    private HvnetModelState state;
    private String lastWarning;

    @Override
    public void createGModel() {
        org.hvnet.diagram.gmodel.DiagramGraph graph = TopologyDiagram.layOut(state.document(), state.filters(), null, this::warnOnce);
        if (state.trace() != null) {
            state.trace().apply(graph.root(), graph.elements());
        }
        state.setGraph(graph);
    }

    /** A layout sidecar that is ignored is logged once (not at every rebuild of the diagram). */
    private void warnOnce(String warning) {
        if (!warning.equals(lastWarning)) {
            lastWarning = warning;
            LogManager.getLogger(HvnetGModelFactory.class).warn(warning);
        }
    }
}
