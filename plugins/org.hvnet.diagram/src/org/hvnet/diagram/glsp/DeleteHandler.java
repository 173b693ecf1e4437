package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.hvnet.diagram.text.TopologyEdits;

import com.google.inject.Inject;

/** Deletes elements; deleting an edge disconnects its NIC (or removes the host vNIC it shows). */
public class DeleteHandler implements OperationHandler<DeleteOperation> {

    @Inject
    private TopologyCommands commands;

    @Override
    public Class<DeleteOperation> getHandledOperationType() {
        return DeleteOperation.class;
    }

    @Override
    public Optional<Command> createCommand(DeleteOperation operation) {
        List<EObject> elements = new ArrayList<>();
        List<EObject> disconnected = new ArrayList<>();
        for (String id : operation.getElementIds()) {
            EObject element = commands.element(id);
            if (element == null) {
                continue;
            }
            if (id.contains(">")) {
                disconnected.add(element);
            } else {
                elements.add(element);
            }
        }
        if (elements.isEmpty() && disconnected.isEmpty()) {
            return Optional.empty();
        }
        return commands.of("Delete", t -> {
            disconnected.forEach(TopologyEdits::disconnect);
            elements.stream().filter(e -> e.eResource() != null).forEach(TopologyEdits::delete);
        });
    }
}
