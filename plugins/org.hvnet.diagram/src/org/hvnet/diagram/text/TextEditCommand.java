package org.hvnet.diagram.text;

import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An EMF command that changes the topology and saves it. The new text is computed when the command is prepared
 * (so that a change that cannot be serialized is refused before anything is written). Every write holds the file's
 * lock and starts from the file as it is on disk, never from a stale copy: execute re-applies the edit to the file
 * when it changed since the diagram read it (another client, a text editor); undo and redo replay their text change
 * onto the file when it changed elsewhere on other lines, and are refused with a message when it changed on the
 * same lines. So no edit made elsewhere is ever overwritten.
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

    /**
     * One edit of a document: the new text, computed from the document (which it may re-parse on the way). It names
     * the elements it changes by their diagram ids and looks them up in the document it is given, so that it can be
     * applied again to a newer text of the file.
     */
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
            after = textAfter(before);
        } catch (RuntimeException e) {
            failure = e;
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
        ReentrantLock lock = FileEditLocks.of(document.file());
        lock.lock();
        try {
            String onDisk = document.onDisk();
            if (!onDisk.equals(before)) {
                document.reparse(onDisk);
                try {
                    after = textAfter(onDisk);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(document.file().getFileName() + " changed on disk and \"" + getLabel()
                            + "\" no longer applies to it (" + e.getMessage() + "): the file is unchanged", e);
                }
                before = onDisk;
            }
            document.write(after);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void undo() {
        replay(true);
    }

    @Override
    public void redo() {
        replay(false);
    }

    /** Writes the file with this command's change taken back ({@code undo}) or made again, onto what is on disk now. */
    private void replay(boolean undo) {
        String from = undo ? after : before;
        String to = undo ? before : after;
        String what = undo ? "Undo" : "Redo";
        ReentrantLock lock = FileEditLocks.of(document.file());
        lock.lock();
        try {
            String onDisk = document.onDisk();
            String result = TextRebase.apply(from, to, onDisk).filter(document::parses)
                    .orElseThrow(() -> new IllegalStateException(what + " of \"" + getLabel() + "\" is not possible: "
                            + document.file().getFileName() + " was changed elsewhere on the same lines; the file is unchanged"));
            if (!onDisk.equals(from)) {
                // the file changed elsewhere: from now on this command is the change between the merged texts
                before = undo ? result : onDisk;
                after = undo ? onDisk : result;
            }
            document.write(result);
        } finally {
            lock.unlock();
        }
    }

    /** The text after the edit, applied to the document holding {@code text} (left holding {@code text}). */
    private String textAfter(String text) {
        String changed;
        try {
            changed = edit.apply(document);
        } finally {
            document.reparse(text);
        }
        if (!document.parses(changed)) {
            throw new IllegalStateException("the change does not serialize to valid .hvnet text; the file is unchanged");
        }
        return changed;
    }

    /** The text after the change (null before preparation). */
    public String textAfter() {
        return after;
    }
}
