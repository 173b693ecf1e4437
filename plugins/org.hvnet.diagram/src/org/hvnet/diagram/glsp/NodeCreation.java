// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateNodeOperation;

/** A palette tool that creates one element type where it is dropped. */
public abstract class NodeCreation extends PaletteTool<CreateNodeOperation> {

    /** The tool creating {@code elementType}, shown as {@code label}. */
    protected NodeCreation(String elementType, String label) {
        super(CreateNodeOperation.class, elementType, label);
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        return create(operation.getContainerId() == null ? "" : operation.getContainerId());
    }

    /** The command creating the element dropped on the diagram element {@code containerId} ("" for the canvas). */
    protected abstract Optional<Command> create(String containerId);
}
