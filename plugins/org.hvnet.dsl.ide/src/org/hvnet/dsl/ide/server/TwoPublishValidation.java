// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Singleton;

/**
 * How the language server validates a document open in the client: in two publications. The first comes as soon as
 * the {@code FAST} validation is done (syntax and links), with the rule findings of the
 * previous validation of the document moved along the edits since ({@link IssuesMovedAlong}); the second when the
 * rules, which read every file at once ({@code NORMAL}), have run, with everything. An edit that comes in the
 * meantime cancels the second, so while the user types the quick publication follows each edit and the rules catch
 * up when the typing pauses. A file that is not open is validated in one go, as Xtext does; its rule findings are
 * kept too, so that opening it shows them at once.
 */
@Singleton
public class TwoPublishValidation {

    /** The rule findings of the last whole validation of each file, and the text they were found on. */
    private record Findings(String text, List<Issue> issues) {
    }

    private final Map<URI, Findings> last = new HashMap<>();

    /** The first publication of a document made before the build reached its validation: for which request, and its quick issues. */
    private record Early(BuildRequest request, List<Issue> quick) {
    }

    private final Map<URI, Early> publishedEarly = new HashMap<>();

    /**
     * Makes the first publication of the open document {@code resource} for {@code request} now, as soon as it is
     * parsed (the builder calls this right after the partial parse of the one document an edit changed, before the
     * index is brought up to date, which the quick validation does not need); its validation then makes only the
     * second.
     */
    synchronized void publishQuick(XtextResource resource, IResourceValidator validator, BuildRequest request) {
        publishedEarly.put(resource.getURI(), new Early(request, publishFirst(resource, validator, request)));
    }

    /**
     * Validates {@code resource} for {@code request}: an {@code open} document in two publications (the first unless
     * made already), any other file in one. True when the build may go on (the request's answer to the last
     * publication).
     */
    synchronized boolean validate(XtextResource resource, IResourceValidator validator, BuildRequest request, boolean open) {
        URI uri = resource.getURI();
        CancelIndicator cancel = request.getCancelIndicator();
        Early early = publishedEarly.remove(uri);
        if (!open) {
            List<Issue> all = validator.validate(resource, CheckMode.ALL, cancel);
            last.put(uri, new Findings(textOf(resource), all.stream().filter(TwoPublishValidation::isRuleFinding).toList()));
            return request.getAfterValidate().afterValidate(uri, all);
        }
        // the quick issues of a first publication made for this request still hold: nothing of this file changed since
        List<Issue> quick = early != null && early.request() == request ? early.quick() : publishFirst(resource, validator, request);
        List<Issue> rules = validator.validate(resource, CheckMode.NORMAL_ONLY, cancel).stream()
                .filter(TwoPublishValidation::isRuleFinding).toList();
        last.put(uri, new Findings(textOf(resource), rules));
        return request.getAfterValidate().afterValidate(uri, concat(quick, rules));
    }

    /** The quick validation's issues of {@code resource}, published with the last rule findings moved along the edits. */
    private List<Issue> publishFirst(XtextResource resource, IResourceValidator validator, BuildRequest request) {
        List<Issue> quick = validator.validate(resource, CheckMode.FAST_ONLY, request.getCancelIndicator());
        Findings before = last.get(resource.getURI());
        List<Issue> carried = before == null ? List.of() : IssuesMovedAlong.of(before.issues(), before.text(), textOf(resource));
        request.getAfterValidate().afterValidate(resource.getURI(), concat(quick, carried));
        return quick;
    }

    private static String textOf(XtextResource resource) {
        return resource.getParseResult() == null || resource.getParseResult().getRootNode() == null ? ""
                : resource.getParseResult().getRootNode().getText();
    }

    /** Forgets what was found in {@code uri}: the file is gone. */
    synchronized void forget(URI uri) {
        last.remove(uri);
        publishedEarly.remove(uri);
    }

    /** Whether {@code issue} comes from the rules (a {@code NORMAL} check), not from the quick validation. */
    private static boolean isRuleFinding(Issue issue) {
        return issue.getType() == CheckType.NORMAL;
    }

    private static List<Issue> concat(List<Issue> first, List<Issue> second) {
        List<Issue> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }
}
