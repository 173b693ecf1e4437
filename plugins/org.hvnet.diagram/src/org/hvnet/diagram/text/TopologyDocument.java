package org.hvnet.diagram.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.BoundedInput;
import org.hvnet.files.FileContent;
import org.hvnet.files.InputLimit;
import org.hvnet.files.Utf8Text;
import org.hvnet.model.Topology;

import com.google.inject.Injector;

/**
 * One .hvnet file open in the diagram: its text, the parsed topology, and edits written back through Xtext's
 * change serializer, so that only the changed regions of the text are rewritten and comments stay.
 */
public final class TopologyDocument {

    private final Path file;
    private final Injector injector;
    private final XtextResource resource;
    private String text;
    /** The file starts with a UTF-8 byte order mark (Windows Notepad writes one): the edits keep it. */
    private boolean byteOrderMark;

    private TopologyDocument(Path file, Injector injector, String text) {
        this.file = file.toAbsolutePath().normalize();
        this.injector = injector;
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        this.resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(URI.createFileURI(this.file.toString()));
        resourceSet.getResources().add(resource);
        parse(text);
    }

    /** Opens {@code file} with the language of {@code injector}. */
    public static TopologyDocument open(Path file, Injector injector) throws IOException {
        byte[] bytes = BoundedInput.readFile(file, file.toString(), InputLimit.bytes());
        TopologyDocument document = new TopologyDocument(file, injector, Utf8Text.decode(bytes, file.toString()));
        document.byteOrderMark = Utf8Text.hasByteOrderMark(bytes);
        return document;
    }

    /**
     * A document of {@code text} read elsewhere (standard input), named {@code file}; it is drawn, never written.
     */
    public static TopologyDocument of(Path file, String text, Injector injector) {
        return new TopologyDocument(file, injector, text);
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** The current text (as on disk after the last write or reload). */
    public String text() {
        return text;
    }

    /** The parsed topology; null when the text does not even start with {@code topology}. */
    public Topology topology() {
        return resource.getContents().isEmpty() ? null : (Topology) resource.getContents().get(0);
    }

    /** The resource holding the topology. */
    public XtextResource resource() {
        return resource;
    }

    /** True when the text has syntax errors. */
    public boolean hasSyntaxErrors() {
        return resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
    }

    /** Re-reads the file; true when its text differed from the one held. */
    public boolean reload() throws IOException {
        String onDisk = read();
        if (onDisk.equals(text)) {
            return false;
        }
        parse(onDisk);
        return true;
    }

    /** The text of the file as it is on disk now (which may differ from {@link #text()} when it changed elsewhere). */
    public String onDisk() {
        try {
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The file's text, within the input limit, its byte order mark remembered. */
    private String read() throws IOException {
        byte[] bytes = BoundedInput.readFile(file, file.toString(), InputLimit.bytes());
        byteOrderMark = Utf8Text.hasByteOrderMark(bytes);
        return Utf8Text.decode(bytes, file.toString());
    }

    /**
     * Writes {@code newText} to the file (atomically) and parses it. Every write of a diagram edit goes through here
     * (the edit commands call it with the file's lock held, see {@link TextEditCommand}).
     */
    public void write(String newText) {
        try {
            AtomicFileWriter.write(file, FileContent.utf8(newText, byteOrderMark));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        parse(newText);
    }

    /**
     * The text after applying {@code change} to the topology: the regions the change touches are serialized, the
     * rest of the text (comments, layout) is kept. The file is not written; the parsed model is changed and
     * should be re-parsed (by {@link #write(String)}) before the next edit.
     *
     * @throws IllegalStateException when the file has syntax errors
     */
    public String edit(Consumer<Topology> change) {
        if (hasSyntaxErrors()) {
            throw new IllegalStateException(file.getFileName() + " has syntax errors: fix them in the text first");
        }
        IChangeSerializer serializer = injector.getInstance(IChangeSerializer.class);
        serializer.addModification(resource, r -> change.accept(topology()));
        List<ITextReplacement> replacements = new ArrayList<>();
        serializer.applyModifications(change1 -> {
            if (change1 instanceof ITextDocumentChange document && document.getNewURI().equals(resource.getURI())) {
                replacements.addAll(document.getReplacements());
            }
        });
        replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        StringBuilder updated = new StringBuilder(text);
        for (ITextReplacement replacement : replacements) {
            updated.replace(replacement.getOffset(), replacement.getEndOffset(), spacesForTabs(replacement.getReplacementText()));
        }
        return LayoutPreservingMerge.merge(text, updated.toString());
    }

    /** Parses {@code newText} as the document's text without writing it (a step of a multi-step edit, or a revert). */
    public void reparse(String newText) {
        parse(newText);
    }

    /**
     * The text without the references {@code sites} (each with its keyword: {@code on Lab}, {@code cable Office}),
     * rewritten region by region. Xtext's change serializer cannot unset a reference (its reference updater stops on
     * a region whose value became null), so a removed reference is cut out of the text instead.
     */
    public String withoutReferences(List<ReferenceSite> sites) {
        List<int[]> cuts = new ArrayList<>();
        for (ReferenceSite site : sites) {
            List<org.eclipse.xtext.nodemodel.INode> nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(site.owner(), site.reference());
            if (nodes.isEmpty()) {
                continue;
            }
            if (nodes.size() > 1) {
                cuts.add(listEntry(nodes, Math.min(site.index(), nodes.size() - 1)));
                continue;
            }
            org.eclipse.xtext.nodemodel.INode reference = nodes.get(0);
            int start = reference.getOffset();
            int keyword = text.lastIndexOf(site.keyword(), start);
            if (keyword >= 0 && text.substring(keyword + site.keyword().length(), start).isBlank()) {
                start = keyword;
            }
            while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
                start--;
            }
            cuts.add(new int[] { start, reference.getEndOffset() });
        }
        cuts.sort(Comparator.comparingInt((int[] c) -> c[0]).reversed());
        StringBuilder updated = new StringBuilder(text);
        for (int[] cut : cuts) {
            updated.delete(cut[0], cut[1]);
        }
        return updated.toString();
    }

    /**
     * The text with the first value of the written reference {@code site} naming {@code target} instead, the rest of the
     * text as it is. A list of references (the networks of a trunk cable) is otherwise rewritten by the serializer as a
     * whole, comments around it included, so one reference is replaced in the text instead.
     */
    public String withReferenceTo(ReferenceSite site, org.hvnet.model.NamedElement target) {
        List<org.eclipse.xtext.nodemodel.INode> nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(site.owner(), site.reference());
        if (nodes.isEmpty()) {
            return text;
        }
        org.eclipse.xtext.nodemodel.INode reference = nodes.get(0);
        String name = injector.getInstance(org.eclipse.xtext.conversion.IValueConverterService.class).toString(target.getName(), "Name");
        return text.substring(0, reference.getOffset()) + name + text.substring(reference.getEndOffset());
    }

    /** The cut of one entry of a written list ({@code cable Corp, CorpMgmt}): the entry and the comma before (or after) it. */
    private static int[] listEntry(List<org.eclipse.xtext.nodemodel.INode> nodes, int index) {
        if (index == 0) {
            return new int[] { nodes.get(0).getOffset(), nodes.get(1).getOffset() };
        }
        return new int[] { nodes.get(index - 1).getEndOffset(), nodes.get(index).getEndOffset() };
    }

    /** True when {@code candidate} parses without syntax errors (checked in a scratch resource). */
    public boolean parses(String candidate) {
        XtextResourceSet scratchSet = injector.getInstance(XtextResourceSet.class);
        XtextResource scratch = (XtextResource) injector.getInstance(IResourceFactory.class)
                .createResource(URI.createFileURI(file.resolveSibling(".check-" + file.getFileName()).toString()));
        scratchSet.getResources().add(scratch);
        try {
            scratch.load(new ByteArrayInputStream(candidate.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            return false;
        }
        return !scratch.getParseResult().hasSyntaxErrors();
    }

    /** The language's validation issues (syntax, links, and every check the language runs). */
    public List<Issue> validate() {
        return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private void parse(String newText) {
        resource.unload();
        try {
            resource.load(new ByteArrayInputStream(newText.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
        text = newText;
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
