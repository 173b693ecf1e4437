package org.hvnet.diagram.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
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

    TopologyDocument(Path file, Injector injector, XtextResourceSet resourceSet, String text) {
        this.file = file.toAbsolutePath().normalize();
        this.injector = injector;
        this.resource = (XtextResource) resourceSet.createResource(URI.createFileURI(this.file.toString()));
        parse(text);
    }

    /** Opens {@code file} alone (its names resolve in it only) with the language of {@code injector}. */
    public static TopologyDocument open(Path file, Injector injector) throws IOException {
        return new TopologyDocument(file, injector, injector.getInstance(XtextResourceSet.class), Files.readString(file, StandardCharsets.UTF_8));
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
        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        if (onDisk.equals(text)) {
            return false;
        }
        parse(onDisk);
        return true;
    }

    /** The text of the file as it is on disk now (which may differ from {@link #text()} when it changed elsewhere). */
    public String onDisk() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Writes {@code newText} to the file (atomically) and parses it. Every write of a diagram edit goes through here
     * (the edit commands call it with the file's lock held, see {@link TextEditCommand}).
     */
    public void write(String newText) {
        try {
            AtomicText.write(file, newText);
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

    /** True when {@code candidate} parses without syntax errors (checked in a scratch resource). */
    public boolean parses(String candidate) {
        XtextResourceSet scratchSet = injector.getInstance(XtextResourceSet.class);
        XtextResource scratch = (XtextResource) scratchSet.createResource(URI.createFileURI(file.resolveSibling(".check-" + file.getFileName()).toString()));
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
