// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An EMF command that changes the model and saves it: the files it changes (its element's file, and the files whose
 * references follow a renamed element). The new texts are computed when the command is prepared (so that a change that
 * cannot be serialized is refused before anything is written). Every write holds the locks of the model's files and
 * starts from the files as they are on disk, never from a stale copy: execute applies the edit again when a file changed
 * since the diagram read it (another client, a text editor); undo and redo replay their text changes onto the files when
 * they changed elsewhere on other lines, and are refused with a message (every file left as it is) when one changed on
 * the same lines. So no edit made elsewhere is ever overwritten.
 */
public final class TextEditCommand extends AbstractCommand {

    private final TopologyFiles files;
    private final TextEdit edit;
    private Map<TopologyDocument, String> before;
    private Map<TopologyDocument, String> after;
    private RuntimeException failure;

    /** A command labelled {@code label} applying {@code edit} to {@code files}. */
    public TextEditCommand(String label, TopologyFiles files, TextEdit edit) {
        super(label);
        this.files = files;
        this.edit = edit;
    }

    /**
     * One edit of the model: the new texts of the files it changes, computed from the files (which it may re-parse on
     * the way). It names the elements it changes by their diagram ids and looks them up in the files it is given, so
     * that it can be applied again to newer texts of the files.
     */
    @FunctionalInterface
    public interface TextEdit {

        /** The new text of each file the edit changes; the files are parsed again to their texts afterwards. */
        Map<TopologyDocument, String> apply(TopologyFiles files);
    }

    @Override
    protected boolean prepare() {
        if (files.topologies().isEmpty()) {
            failure = new IllegalStateException(files.first().file().getFileName() + " has no topology to edit");
            return false;
        }
        before = files.texts();
        try {
            after = textsAfter(before);
        } catch (RuntimeException e) {
            failure = e;
            return false;
        }
        return !after.isEmpty();
    }

    /** Why the command cannot execute, or null. */
    public RuntimeException failure() {
        return failure;
    }

    @Override
    public void execute() {
        List<ReentrantLock> locks = lockAll();
        try {
            Map<TopologyDocument, String> onDisk = onDisk();
            if (!onDisk.equals(before)) {
                files.reparse(onDisk);
                try {
                    after = textsAfter(onDisk);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(changedNames(before, onDisk) + " changed on disk and \"" + getLabel()
                            + "\" no longer applies (" + e.getMessage() + "): the files are unchanged", e);
                }
                before = onDisk;
            }
            after.forEach(TopologyDocument::write);
        } finally {
            locks.forEach(ReentrantLock::unlock);
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

    /** Writes the files with this command's changes taken back ({@code undo}) or made again, onto what is on disk now. */
    private void replay(boolean undo) {
        String what = undo ? "Undo" : "Redo";
        List<ReentrantLock> locks = lockAll();
        try {
            Map<TopologyDocument, String> results = new LinkedHashMap<>();
            Map<TopologyDocument, String> disk = new LinkedHashMap<>();
            for (TopologyDocument document : after.keySet()) {
                String from = undo ? after.get(document) : before.get(document);
                String to = undo ? before.get(document) : after.get(document);
                String onDisk = document.onDisk();
                String result = TextRebase.apply(from, to, onDisk).filter(document::parses)
                        .orElseThrow(() -> new IllegalStateException(what + " of \"" + getLabel() + "\" is not possible: "
                                + document.file().getFileName() + " was changed elsewhere on the same lines; the files are unchanged"));
                results.put(document, result);
                disk.put(document, onDisk);
            }
            results.forEach((document, result) -> {
                String onDisk = disk.get(document);
                String from = undo ? after.get(document) : before.get(document);
                if (!onDisk.equals(from)) {
                    // the file changed elsewhere: from now on this command is the change between the merged texts
                    before.put(document, undo ? result : onDisk);
                    after.put(document, undo ? onDisk : result);
                }
                document.write(result);
            });
        } finally {
            locks.forEach(ReentrantLock::unlock);
        }
    }

    /** The texts after the edit, applied to the files holding {@code texts} (left holding {@code texts}). */
    private Map<TopologyDocument, String> textsAfter(Map<TopologyDocument, String> texts) {
        Map<TopologyDocument, String> changed = new LinkedHashMap<>();
        try {
            changed.putAll(edit.apply(files));
        } catch (RuntimeException e) {
            // the edit may have changed any file's model before it failed
            files.documents().forEach(document -> document.reparse(texts.get(document)));
            throw e;
        }
        for (TopologyDocument document : files.documents()) {
            // a file the edit changed is parsed again even when its text came back the same: its model changed
            if (changed.containsKey(document) || !document.text().equals(texts.get(document))) {
                document.reparse(texts.get(document));
            }
        }
        changed.entrySet().removeIf(e -> e.getValue().equals(texts.get(e.getKey())));
        for (Map.Entry<TopologyDocument, String> text : changed.entrySet()) {
            if (!text.getKey().parses(text.getValue())) {
                throw new IllegalStateException("the change does not serialize to valid .hvnet text; the files are unchanged");
            }
        }
        return changed;
    }

    private Map<TopologyDocument, String> onDisk() {
        Map<TopologyDocument, String> texts = new LinkedHashMap<>();
        files.documents().forEach(d -> texts.put(d, d.onDisk()));
        return texts;
    }

    /** Locks every file of the model, in the order of their paths (so that two commands never wait for each other). */
    private List<ReentrantLock> lockAll() {
        List<TopologyDocument> sorted = new ArrayList<>(files.documents());
        sorted.sort(Comparator.comparing(TopologyDocument::file));
        List<ReentrantLock> locks = new ArrayList<>();
        for (TopologyDocument document : sorted) {
            ReentrantLock lock = FileEditLocks.of(document.file());
            lock.lock();
            locks.add(0, lock);
        }
        return locks;
    }

    private static String changedNames(Map<TopologyDocument, String> was, Map<TopologyDocument, String> now) {
        return String.join(", ", now.keySet().stream().filter(d -> !now.get(d).equals(was.get(d))).map(d -> d.file().getFileName().toString()).toList());
    }

    /** The text of the first file after the change (null before preparation). */
    public String textAfter() {
        return after == null ? null : after.getOrDefault(files.first(), before.get(files.first()));
    }

    /** The new text of every file the change changes (null before preparation). */
    public Map<TopologyDocument, String> textsAfter() {
        return after == null ? null : Map.copyOf(after);
    }
}
