package org.hvnet.diagram.tests;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.glsp.HvnetDiagramModule;
import org.hvnet.diagram.glsp.HvnetModelState;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.text.TopologyDocument;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;

/** One diagram session without a client: the model state, the operation handlers, and the command stack. */
public final class DiagramSession {

    private final Injector injector;
    private final HvnetModelState state;

    /** A session on {@code document}, its diagram built. */
    public DiagramSession(TopologyDocument document) {
        injector = Guice.createInjector(binder -> {
            binder.bind(String.class).annotatedWith(ClientId.class).toInstance("test");
            binder.bind(HvnetModelState.class).in(Singleton.class);
            binder.bind(GModelState.class).to(HvnetModelState.class);
        });
        state = injector.getInstance(HvnetModelState.class);
        state.setDocument(document);
        rebuild();
    }

    /** The session's state. */
    public HvnetModelState state() {
        return state;
    }

    /**
     * Runs {@code operation} through the diagram's handler of it (the first of the module's handlers that handles
     * it, as GLSP's registry picks), as the GLSP server does; true when it made a command.
     */
    public boolean run(Operation operation) {
        OperationHandler<?> handler = HvnetDiagramModule.OPERATION_HANDLERS.stream().<OperationHandler<?>> map(injector::getInstance)
                .filter(h -> h.handles(operation)).findFirst().orElseThrow(() -> new AssertionError("no handler for " + operation));
        Optional<Command> command = handler.execute(operation);
        command.ifPresent(state::execute);
        rebuild();
        return command.isPresent();
    }

    /** Undoes the last operation. */
    public void undo() {
        state.undo();
        rebuild();
    }

    /** Redoes the last undone operation. */
    public void redo() {
        state.redo();
        rebuild();
    }

    private void rebuild() {
        state.setGraph(TopologyDiagram.layOut(state.document(), state.filters(), AddressLabels.NONE));
    }
}
