package org.hvnet.diagram.text;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An EMF command that changes the topology and saves it. The new text is computed when the command is prepared
 * (so that a change that cannot be serialized is refused before anything is written); execute writes it, undo and
 * redo write back the text before or after, so that undo restores the file exactly.
 */
public final class TextEditCommand extends AbstractCommand {

    private final TopologyDocument document;
    private final TextEdit edit;
    private String before;
    private String after;
    private RuntimeException failure;

    /** A command labelled {@code label} applying {@code edit} to {@code document}. */
    public TextEditCommand(String label, TopologyDocument document, TextEdit edit) {
        super(label);
        this.document = document;
        this.edit = edit;
    }

    /** One edit of a document: the new text, computed from the document (which it may re-parse on the way). */
    @FunctionalInterface
    public interface TextEdit {

        /** The text after the edit; the document is re-parsed to its text before afterwards. */
        String apply(TopologyDocument document);
    }

    @Override
    protected boolean prepare() {
        if (document.topology() == null) {
            failure = new IllegalStateException(document.file().getFileName() + " has no topology to edit");
            return false;
        }
        before = document.text();
        try {
            after = edit.apply(document);
        } catch (RuntimeException e) {
            failure = e;
            return false;
        } finally {
            document.reparse(before);
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
