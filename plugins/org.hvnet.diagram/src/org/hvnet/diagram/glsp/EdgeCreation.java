// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.hvnet.diagram.gmodel.ElementLookup;

/**
 * A palette tool that draws one kind of connection between an element of type {@code A} and one of type {@code B},
 * either end picked first.
 *
 * @param <A> the type of one end
 * @param <B> the type of the other end
 */
public abstract class EdgeCreation<A extends EObject, B extends EObject> extends PaletteTool<CreateEdgeOperation> {

    private final Class<A> one;
    private final Class<B> other;

    /** The tool drawing {@code elementType} between {@code one} and {@code other}, shown as {@code label}. */
    protected EdgeCreation(String elementType, String label, Class<A> one, Class<B> other) {
        super(CreateEdgeOperation.class, elementType, label);
        this.one = one;
        this.other = other;
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        EObject source = commands.element(operation.getSourceElementId());
        EObject target = commands.element(operation.getTargetElementId());
        A a = either(source, target, one);
        B b = either(source, target, other);
        if (a == null || b == null) {
            return Optional.empty();
        }
        String aId = ElementLookup.idOf(a);
        String bId = ElementLookup.idOf(b);
        return commands.of(label(a, b), t -> connect(TopologyCommands.find(t, aId, one), TopologyCommands.find(t, bId, other)));
    }

    /** The command's label, e.g. "Connect eth0 to Lab". */
    protected abstract String label(A a, B b);

    /** Draws the connection in the model. */
    protected abstract void connect(A a, B b);

    /** The end of {@code operation} of {@code type} (either end), or null. */
    protected <T> T endOfType(CreateEdgeOperation operation, Class<T> type) {
        return either(commands.element(operation.getSourceElementId()), commands.element(operation.getTargetElementId()), type);
    }

    private static <T> T either(EObject first, EObject second, Class<T> type) {
        return type.isInstance(first) ? type.cast(first) : type.isInstance(second) ? type.cast(second) : null;
    }
}
