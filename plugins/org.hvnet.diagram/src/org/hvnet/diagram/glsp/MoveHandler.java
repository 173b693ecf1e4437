// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.hvnet.diagram.layout.LayoutSidecars;
import org.hvnet.diagram.text.TopologyDocument;

import com.google.inject.Inject;

/**
 * Keeps the positions a user moved shapes to, in the layout sidecar of the file that declares each shape (undoable
 * like every other operation). In the overview the hosts and networks are placed by the layout: moving them there is
 * not kept (what is inside a host drawn whole is).
 */
public class MoveHandler implements OperationHandler<ChangeBoundsOperation> {

    @Inject
    private HvnetModelState state;

    @Override
    public Class<ChangeBoundsOperation> getHandledOperationType() {
        return ChangeBoundsOperation.class;
    }

    @Override
    public Optional<Command> createCommand(ChangeBoundsOperation operation) {
        LayoutSidecars sidecars = LayoutSidecars.read(state.files().paths());
        Map<Path, Map<String, GPoint>> before = sidecars.byFile();
        Map<Path, Map<String, GPoint>> after = sidecars.byFile();
        boolean overview = state.graph() != null && Boolean.TRUE.equals(state.graph().root().getArgs().get("overview"));
        for (ElementAndBounds bounds : operation.getNewBounds()) {
            String id = bounds.getElementId();
            boolean topLevel = state.graph() != null && state.graph().root().getChildren().stream().anyMatch(c -> c.getId().equals(id));
            TopologyDocument document = state.files().documentOf(state.element(id));
            if (bounds.getNewPosition() != null && document != null && !(overview && topLevel)) {
                after.get(document.file()).put(id, bounds.getNewPosition());
            }
        }
        return Optional.of(new SidecarCommand("Move", sidecars, before, after));
    }

    /** Replaces the moved positions, and puts them back on undo. */
    static final class SidecarCommand extends AbstractCommand {

        private final LayoutSidecars sidecars;
        private final Map<Path, Map<String, GPoint>> before;
        private final Map<Path, Map<String, GPoint>> after;

        SidecarCommand(String label, LayoutSidecars sidecars, Map<Path, Map<String, GPoint>> before, Map<Path, Map<String, GPoint>> after) {
            super(label);
            this.sidecars = sidecars;
            this.before = before;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            sidecars.replace(after);
        }

        @Override
        public void undo() {
            sidecars.replace(before);
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
