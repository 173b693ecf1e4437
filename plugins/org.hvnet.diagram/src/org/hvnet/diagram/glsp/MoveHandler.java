package org.hvnet.diagram.glsp;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.hvnet.diagram.layout.LayoutSidecar;

import com.google.inject.Inject;

/** Keeps the positions a user moved shapes to, in the layout sidecar (undoable like every other operation). */
public class MoveHandler implements OperationHandler<ChangeBoundsOperation> {

    @Inject
    private HvnetModelState state;

    @Override
    public Class<ChangeBoundsOperation> getHandledOperationType() {
        return ChangeBoundsOperation.class;
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        LayoutSidecar sidecar = LayoutSidecar.read(state.document().file());
        Map<String, GPoint> before = sidecar.positions();
        Map<String, GPoint> after = sidecar.positions();
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            if (bounds.getNewPosition() != null) {
                after.put(bounds.getElementId(), bounds.getNewPosition());
            }
        }
        return Optional.of(new SidecarCommand("Move", sidecar, before, after));
    }

    /** Replaces the moved positions, and puts them back on undo. */
    static final class SidecarCommand extends AbstractCommand {

        private final LayoutSidecar sidecar;
        private final Map<String, GPoint> before;
        private final Map<String, GPoint> after;

        SidecarCommand(String label, LayoutSidecar sidecar, Map<String, GPoint> before, Map<String, GPoint> after) {
            super(label);
            this.sidecar = sidecar;
            this.before = before;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            sidecar.replace(after);
        }

        @Override
        public void undo() {
            sidecar.replace(before);
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
