// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.operations.CreateOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;

import com.google.inject.Inject;

/**
 * A create handler of one element type, named by its label: GLSP's own palette provider lists one entry per such
 * handler. What it creates is written into the file by a command of {@link TopologyCommands}.
 *
 * @param <O> the create operation it handles (node or edge)
 */
public abstract class PaletteTool<O extends CreateOperation> implements CreateOperationHandler<O> {

    @Inject
    protected TopologyCommands commands;

    private final Class<O> operation;
    private final String elementType;
    private final String label;

    /** The tool handling {@code operation}s of {@code elementType}, shown as {@code label}. */
    protected PaletteTool(Class<O> operation, String elementType, String label) {
        this.operation = operation;
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
    public Class<O> getHandledOperationType() {
        return operation;
    }
}
