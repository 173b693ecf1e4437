package org.hvnet.diagram.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;

import com.google.inject.Inject;

/**
 * A palette tool that creates one element type, named by its label; GLSP's own palette provider lists one entry per
 * such handler. The element it creates is written into the file by the command of {@link TopologyCommands}.
 */
public abstract class NodeCreation implements CreateOperationHandler<CreateNodeOperation> {

    @Inject
    protected TopologyCommands commands;

    private final String elementType;
    private final String label;

    /** The tool creating {@code elementType}, shown as {@code label}. */
    protected NodeCreation(String elementType, String label) {
        this.elementType = elementType;
        this.label = label;
    }

    @Override
    public List<String> getHandledElementTypeIds() {
        return List.of(elementType);
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public Class<CreateNodeOperation> getHandledOperationType() {
        return CreateNodeOperation.class;
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        return create(operation.getContainerId() == null ? "" : operation.getContainerId());
    }

    /** The command creating the element dropped on the diagram element {@code containerId} ("" for the canvas). */
    protected abstract Optional<Command> create(String containerId);
}
