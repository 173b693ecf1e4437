package org.hvnet.diagram.text;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.hvnet.model.Topology;

/**
 * An EMF command that changes the topology and saves it. The new text is computed when the command is prepared
 * (so that a change that cannot be serialized is refused before anything is written); execute writes it, undo and
 * redo write back the text before or after, so that undo restores the file exactly.
 */
public final class TextEditCommand extends AbstractCommand {

    private final TopologyDocument document;
    private final Consumer<Topology> change;
    private String before;
    private String after;
    private RuntimeException failure;

    /** A command labelled {@code label} applying {@code change} to the topology of {@code document}. */
    public TextEditCommand(String label, TopologyDocument document, Consumer<Topology> change) {
        super(label);
        this.document = document;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        if (document.topology() == null) {
            failure = new IllegalStateException(document.file().getFileName() + " has no topology to edit");
            return false;
        }
        before = document.text();
        try {
            after = document.edit(change);
        } catch (RuntimeException e) {
            failure = e;
            return false;
        } finally {
            document.revert();
        }
        if (!document.parses(after)) {
            failure = new IllegalStateException("the change does not serialize to valid .hvnet text; the file is unchanged");
            return false;
        }
        return !after.equals(before);
    }

    /** Why the command cannot execute, or null. */
    public RuntimeException failure() {
        return failure;
    }

    @Override
    public void execute() {
        document.write(after);
    }

    @Override
    public void undo() {
        document.write(before);
    }

    @Override
    public void redo() {
        document.write(after);
    }

    /** The text after the change (null before preparation). */
    public String textAfter() {
        return after;
    }
}
