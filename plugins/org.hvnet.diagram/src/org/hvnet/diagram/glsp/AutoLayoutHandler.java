package org.hvnet.diagram.glsp;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.layout.LayoutSidecar;

import com.google.inject.Inject;

/** The "auto-layout" action: forgets every moved position, so ELK lays the whole diagram out again. */
public class AutoLayoutHandler implements OperationHandler<LayoutOperation> {

    @Inject
    private HvnetModelState state;

    @Override
    public Class<LayoutOperation> getHandledOperationType() {
        return LayoutOperation.class;
    }

    @Override
    public Optional<Command> createCommand(LayoutOperation operation) {
        LayoutSidecar sidecar = LayoutSidecar.read(state.document().file());
        return Optional.of(new MoveHandler.SidecarCommand("Auto-layout", sidecar, sidecar.positions(), Map.of()));
    }
}
