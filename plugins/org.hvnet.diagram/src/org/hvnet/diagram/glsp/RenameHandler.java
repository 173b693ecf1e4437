// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.NamedElement;

import com.google.inject.Inject;

/** Renames an element in place (its name label was edited); references to it are renamed with it. */
public class RenameHandler implements OperationHandler<ApplyLabelEditOperation> {

    @Inject
    private TopologyCommands commands;

    @Override
    public Class<ApplyLabelEditOperation> getHandledOperationType() {
        return ApplyLabelEditOperation.class;
    }

    @Override
    public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
        String text = operation.getText() == null ? "" : operation.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String id = ElementIds.ownerOfLabel(operation.getLabelId());
        NamedElement element = commands.element(id, NamedElement.class);
        return commands.of("Rename " + element.getName() + " to " + text, t -> TopologyEdits.rename(TopologyCommands.find(t, id, NamedElement.class), text));
    }
}
