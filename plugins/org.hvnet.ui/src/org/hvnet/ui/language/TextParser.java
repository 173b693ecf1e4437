// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.dsl.ide.IssueRules;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses a .hvnet text with the language's parser, links it together with the other .hvnet files of its folder
 * (names resolve across the files of a directory, as on the command line) and validates it with the language's
 * resource validator. Each call works in a resource set of its own, so it may run on any thread.
 */
public class TextParser {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    /**
     * Parses and validates {@code text}, reported under {@code uri}, with {@code siblings} (URI to text) loaded
     * beside it for name resolution.
     */
    public ParsedText parse(URI uri, String text, Map<URI, String> siblings, CancelIndicator cancel) {
        long start = System.nanoTime();
        XtextResourceSet resourceSet = resourceSets.get();
        XtextResource resource = load(resourceSet, uri, text);
        siblings.forEach((siblingUri, siblingText) -> {
            if (!siblingUri.equals(uri)) {
                load(resourceSet, siblingUri, siblingText);
            }
        });
        for (Resource loaded : List.copyOf(resourceSet.getResources())) {
            EcoreUtil2.resolveAll(loaded, cancel);
        }
        long parsed = System.nanoTime();
        IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
        long validated = System.nanoTime();
        List<TextProblem> problems = new ArrayList<>();
        for (Issue issue : issues) {
            TextProblem problem = toProblem(issue, text.length());
            if (problem != null) {
                problems.add(problem);
            }
        }
        problems.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return new ParsedText(text, resource, List.copyOf(problems), (parsed - start) / 1_000_000,
                (validated - parsed) / 1_000_000);
    }

    /** Parses and links {@code text} with its siblings, without validation (content assist, formatting, navigation). */
    public XtextResource parseOnly(URI uri, String text, Map<URI, String> siblings) {
        XtextResourceSet resourceSet = resourceSets.get();
        XtextResource resource = load(resourceSet, uri, text);
        siblings.forEach((siblingUri, siblingText) -> {
            if (!siblingUri.equals(uri)) {
                load(resourceSet, siblingUri, siblingText);
            }
        });
        for (Resource loaded : List.copyOf(resourceSet.getResources())) {
            EcoreUtil2.resolveAll(loaded);
        }
        return resource;
    }

    private static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse the in-memory text of " + uri, e);
        }
        return (XtextResource) resource;
    }

    private static TextProblem toProblem(Issue issue, int textLength) {
        TextProblem.Kind kind = switch (issue.getSeverity()) {
        case ERROR -> TextProblem.Kind.ERROR;
        case WARNING -> TextProblem.Kind.WARNING;
        case INFO -> TextProblem.Kind.INFO;
        default -> null;
        };
        if (kind == null) {
            return null;
        }
        int offset = issue.getOffset() == null ? 0 : Math.max(0, Math.min(issue.getOffset(), textLength));
        int length = issue.getLength() == null ? 0 : Math.max(0, Math.min(issue.getLength(), textLength - offset));
        int line = issue.getLineNumber() == null ? 1 : Math.max(1, issue.getLineNumber());
        return new TextProblem(kind, IssueRules.ruleOf(issue), issue.getMessage(), offset, length, line);
    }
}
