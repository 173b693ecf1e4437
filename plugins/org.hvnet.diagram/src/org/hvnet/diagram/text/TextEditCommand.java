package org.hvnet.diagram.text;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.hvnet.model.Topology;

/**
 * An EMF command that changes the topology and saves it: on execute the change is serialized into the text and
 * written; undo and redo write back the text before or after it, so that undo restores the file exactly.
 */
public final class TextEditCommand extends AbstractCommand {

    private final TopologyDocument document;
    private final Consumer<Topology> change;
    private String before;
    private String after;

    /** A command labelled {@code label} applying {@code change} to the topology of {@code document}. */
    public TextEditCommand(String label, TopologyDocument document, Consumer<Topology> change) {
        super(label);
        this.document = document;
        this.change = change;
    }

    @Override
    protected boolean prepare() {
        return document.topology() != null;
    }

    @Override
    public void execute() {
        before = document.text();
        after = document.edit(change);
        document.write(after);
        if (document.hasSyntaxErrors()) {
            document.write(before);
            before = null;
            throw new IllegalStateException("the change does not serialize to valid .hvnet text; the file is unchanged");
        }
    }

    @Override
    public boolean canUndo() {
        return before != null;
    }

    @Override
    public void undo() {
        document.write(before);
    }

    @Override
    public void redo() {
        document.write(after);
    }

    /** The text after the change (null before execution). */
    public String textAfter() {
        return after;
    }
}
