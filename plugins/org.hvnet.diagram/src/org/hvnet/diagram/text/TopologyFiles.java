// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.model.Topology;

import com.google.inject.Injector;

/**
 * The files of one diagram — one file, or every file of a directory — read into one resource set, so that a name
 * declared in one file resolves from another (a network cabled from a host of another file), as the command line
 * reads them. An edit is computed on all of them through Xtext's change serializer (only the changed regions are
 * re-serialized, and a renamed element's references follow into the other files), giving the new text of each file
 * it changes.
 */
public final class TopologyFiles {

    private final List<TopologyDocument> documents;

    private TopologyFiles(List<TopologyDocument> documents) {
        this.documents = List.copyOf(documents);
        if (documents.size() > 1) {
            for (TopologyDocument document : documents) {
                document.afterParse(this::relinkOthers);
            }
        }
    }

    /** Reads {@code files} (in this order) into one resource set with the language of {@code injector}. */
    public static TopologyFiles open(List<Path> files, Injector injector) throws IOException {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        List<TopologyDocument> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(TopologyDocument.read(file, injector, resourceSet));
        }
        TopologyFiles opened = new TopologyFiles(documents);
        documents.forEach(TopologyDocument::relink);
        return opened;
    }

    /**
     * The texts of {@code texts} (each under its file, in this order) read elsewhere — the command line's loading,
     * standard input — in one resource set: drawn, never written.
     */
    public static TopologyFiles of(List<Map.Entry<Path, String>> texts, Injector injector) {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        List<TopologyDocument> documents = new ArrayList<>();
        for (Map.Entry<Path, String> text : texts) {
            documents.add(new TopologyDocument(text.getKey(), injector, resourceSet, text.getValue()));
        }
        TopologyFiles opened = new TopologyFiles(documents);
        documents.forEach(TopologyDocument::relink);
        return opened;
    }

    /** The one file {@code document} (opened alone: nothing to link again after it is parsed). */
    public static TopologyFiles of(TopologyDocument document) {
        return new TopologyFiles(List.of(document));
    }

    /** The documents, in the order of the files. */
    public List<TopologyDocument> documents() {
        return documents;
    }

    /** The first document. */
    public TopologyDocument first() {
        return documents.get(0);
    }

    /** The files. */
    public List<Path> paths() {
        return documents.stream().map(TopologyDocument::file).toList();
    }

    /** The parsed topologies, in the order of the files (a file that does not even start with {@code topology} has none). */
    public List<Topology> topologies() {
        return documents.stream().map(TopologyDocument::topology).filter(Objects::nonNull).toList();
    }

    /** The name of the model: its topology's name for one file, else its folder's (or the first file's) name. */
    public String name() {
        if (documents.size() == 1) {
            Topology topology = first().topology();
            return topology == null || topology.getName() == null ? "empty" : topology.getName();
        }
        Path folder = first().file().getParent();
        return folder != null && documents.stream().allMatch(d -> folder.equals(d.file().getParent())) && folder.getFileName() != null
                ? folder.getFileName().toString() : first().file().getFileName().toString();
    }

    /** The document that holds {@code element}, or null. */
    public TopologyDocument documentOf(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        return documents.stream().filter(d -> d.resource() == resource).findFirst().orElse(null);
    }

    /** True when some file has syntax errors. */
    public boolean hasSyntaxErrors() {
        return documents.stream().anyMatch(TopologyDocument::hasSyntaxErrors);
    }

    /** The text of every file. */
    public Map<TopologyDocument, String> texts() {
        Map<TopologyDocument, String> texts = new LinkedHashMap<>();
        documents.forEach(d -> texts.put(d, d.text()));
        return texts;
    }

    /** Re-reads the files; true when one of them changed. */
    public boolean reload() throws IOException {
        boolean changed = false;
        for (TopologyDocument document : documents) {
            changed |= document.reload();
        }
        return changed;
    }

    /** Parses the texts of {@code texts} without writing them (each that differs from its document's). */
    public void reparse(Map<TopologyDocument, String> texts) {
        texts.forEach((document, text) -> {
            if (!text.equals(document.text())) {
                document.reparse(text);
            }
        });
    }

    /** Every file's validation issues. */
    public List<Issue> validate() {
        List<Issue> issues = new ArrayList<>();
        documents.forEach(d -> issues.addAll(d.validate()));
        return issues;
    }

    /**
     * The new texts of the files that applying {@code change} to the topologies changes (a renamed element's
     * references follow into every file). The files are not written; the parsed models are changed and must be
     * parsed again (as {@link TextEditCommand} does) before the next edit.
     *
     * @throws IllegalStateException when a file has syntax errors
     */
    public Map<TopologyDocument, String> edit(Consumer<List<Topology>> change) {
        for (TopologyDocument document : documents) {
            if (document.hasSyntaxErrors()) {
                throw new IllegalStateException(document.file().getFileName() + " has syntax errors: fix them in the text first");
            }
        }
        IChangeSerializer serializer = first().injector().getInstance(IChangeSerializer.class);
        List<Topology> topologies = topologies();
        // every file recorded, so that a change of any of them is serialized; the change itself runs once, last
        for (int i = 0; i < documents.size() - 1; i++) {
            serializer.addModification(documents.get(i).resource(), r -> {
            });
        }
        serializer.addModification(documents.get(documents.size() - 1).resource(), r -> change.accept(topologies));
        Map<TopologyDocument, List<ITextReplacement>> replacements = new LinkedHashMap<>();
        serializer.applyModifications(change1 -> {
            if (change1 instanceof ITextDocumentChange document) {
                documents.stream().filter(d -> document.getNewURI().equals(d.resource().getURI())).findFirst()
                        .ifPresent(d -> replacements.computeIfAbsent(d, k -> new ArrayList<>()).addAll(document.getReplacements()));
            }
        });
        Map<TopologyDocument, String> texts = new LinkedHashMap<>();
        replacements.forEach((document, edits) -> {
            edits.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
            StringBuilder updated = new StringBuilder(document.text());
            for (ITextReplacement replacement : edits) {
                updated.replace(replacement.getOffset(), replacement.getEndOffset(), spacesForTabs(replacement.getReplacementText()));
            }
            String merged = LayoutPreservingMerge.merge(document.text(), updated.toString());
            if (!merged.equals(document.text())) {
                texts.put(document, merged);
            }
        });
        return texts;
    }

    private void relinkOthers(TopologyDocument parsed) {
        for (TopologyDocument other : documents) {
            if (other != parsed) {
                other.relink();
            }
        }
    }

    /** The serializer indents with tabs (its formatter request carries no preferences); .hvnet files use 4 spaces. */
    private static String spacesForTabs(String replacement) {
        StringBuilder out = new StringBuilder(replacement.length());
        boolean quoted = false;
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '"' && (i == 0 || replacement.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            out.append(c == '\t' && !quoted ? "    " : String.valueOf(c));
        }
        return out.toString();
    }
}
