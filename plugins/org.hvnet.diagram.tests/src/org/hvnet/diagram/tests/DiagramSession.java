// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.di.ClientId;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.Operation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.glsp.HvnetDiagramModule;
import org.hvnet.diagram.glsp.HvnetModelState;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Singleton;

/** One diagram session without a client: the model state, the operation handlers, and the command stack. */
public final class DiagramSession {

    private final Injector injector;
    private final HvnetModelState state;
    private final List<Action> sent = new ArrayList<>();

    /** A session on {@code document}, its diagram built. */
    public DiagramSession(TopologyDocument document) {
        this(TopologyFiles.of(document));
    }

    /** A session on {@code files} (one diagram of all of them), its diagram built. */
    public DiagramSession(TopologyFiles files) {
        injector = Guice.createInjector(binder -> {
            binder.bind(String.class).annotatedWith(ClientId.class).toInstance("test");
            binder.bind(HvnetModelState.class).in(Singleton.class);
            binder.bind(GModelState.class).to(HvnetModelState.class);
            binder.bind(ActionDispatcher.class).toInstance(recorder());
        });
        state = injector.getInstance(HvnetModelState.class);
        state.setFiles(files);
        rebuild();
    }

    /** The actions the handlers sent to the client (messages), in order. */
    public List<Action> sent() {
        return sent;
    }

    /** A dispatcher that keeps what it is given. */
    private ActionDispatcher recorder() {
        return (ActionDispatcher) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { ActionDispatcher.class },
                (proxy, method, arguments) -> {
                    if (method.getName().equals("dispatch") && arguments != null && arguments[0] instanceof Action action) {
                        sent.add(action);
                        return CompletableFuture.completedFuture(null);
                    }
                    if (method.getName().equals("dispatchAll")) {
                        return List.of();
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
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
        state.setGraph(TopologyDiagram.layOut(state.files(), state.filters(), AddressLabels.NONE, state.view(), state.trace(), warning -> {
        }));
    }
}
