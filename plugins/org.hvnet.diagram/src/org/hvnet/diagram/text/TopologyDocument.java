// SPDX-License-Identifier: EPL-2.0
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
 * One .hvnet file open in the diagram: its text and the parsed topology, in the resource set of the files of its
 * model ({@link TopologyFiles}); edits are computed there and written here.
 */
public final class TopologyDocument {

    private final Path file;
    private final Injector injector;
    private final XtextResource resource;
    private Consumer<TopologyDocument> afterParse = document -> {
    };
    private String text;
    private String validated;
    private List<Issue> issues = List.of();
    /** The file starts with a UTF-8 byte order mark (Windows Notepad writes one): the edits keep it. */
    private boolean byteOrderMark;

    TopologyDocument(Path file, Injector injector, XtextResourceSet resourceSet, String text) {
        this.file = file.toAbsolutePath().normalize();
        this.injector = injector;
        this.resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(indexable(this.file));
        resourceSet.getResources().add(resource);
        parse(text);
    }

    /**
     * The URI the file's resource is known by: its own, with {@code .hvnet} appended when it has another name (the
     * language's index knows resources by their extension; the names of {@code hosts.txt} must resolve in the other
     * files too, as the command line reads them).
     */
    private static URI indexable(Path file) {
        URI uri = URI.createFileURI(file.toString());
        return "hvnet".equals(uri.fileExtension()) ? uri : uri.appendFileExtension("hvnet");
    }

    /** Opens {@code file} alone (its names resolve in it only) with the language of {@code injector}. */
    public static TopologyDocument open(Path file, Injector injector) throws IOException {
        return read(file, injector, injector.getInstance(XtextResourceSet.class));
    }

    /** Reads {@code file} (within the input limit, its byte order mark kept for the edits) into {@code resourceSet}. */
    static TopologyDocument read(Path file, Injector injector, XtextResourceSet resourceSet) throws IOException {
        byte[] bytes = BoundedInput.readFile(file, file.toString(), InputLimit.bytes());
        TopologyDocument document = new TopologyDocument(file, injector, resourceSet, Utf8Text.decode(bytes, file.toString()));
        document.byteOrderMark = Utf8Text.hasByteOrderMark(bytes);
        return document;
    }

    /**
     * A document of {@code text} read elsewhere (standard input), named {@code file}; it is drawn, never written.
     */
    public static TopologyDocument of(Path file, String text, Injector injector) {
        return new TopologyDocument(file, injector, injector.getInstance(XtextResourceSet.class), text);
    }

    /** Runs {@code hook} after every parse of this document (the other files of its model link to it again). */
    void afterParse(Consumer<TopologyDocument> hook) {
        this.afterParse = hook;
    }

    /** The language of the document. */
    Injector injector() {
        return injector;
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

    /**
     * The language's validation issues (syntax, links, and every check the language runs), computed once per text:
     * the diagram asks again after every change of what it shows, not only of the file.
     */
    public synchronized List<Issue> validate() {
        String current = text;
        if (validated != current) {
            issues = List.copyOf(resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
                    CancelIndicator.NullImpl));
            validated = current;
        }
        return issues;
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
        afterParse.accept(this);
    }

    /** Links the document's references again (after another file of its model was parsed: they named its old elements). */
    void relink() {
        resource.relink();
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
        synchronized (this) {
            validated = null;
        }
    }
}
