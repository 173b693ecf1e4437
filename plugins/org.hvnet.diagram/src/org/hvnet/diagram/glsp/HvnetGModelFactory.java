package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.hvnet.diagram.TopologyDiagram;

import com.google.inject.Inject;

/** Builds and lays out the diagram of the session's document after every change. */
public class HvnetGModelFactory implements GModelFactory {

    @Inject
    private HvnetModelState state;

    @Override
    public void createGModel() {
        org.hvnet.diagram.gmodel.DiagramGraph graph = TopologyDiagram.layOut(state.document(), state.filters(), null);
        if (state.trace() != null) {
            state.trace().apply(graph.root(), graph.elements());
        }
        state.setGraph(graph);
    }
}
