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
 * the {@code FAST} validation is done (syntax, links, each element's constraints), with the rule findings of the
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

    /**
     * Validates {@code resource} for {@code request}: an {@code open} document in two publications, any other file in
     * one. True when the build may go on (the request's answer to the last publication).
     */
    synchronized boolean validate(XtextResource resource, IResourceValidator validator, BuildRequest request, boolean open) {
        URI uri = resource.getURI();
        String text = resource.getParseResult() == null || resource.getParseResult().getRootNode() == null ? ""
                : resource.getParseResult().getRootNode().getText();
        CancelIndicator cancel = request.getCancelIndicator();
        if (!open) {
            List<Issue> all = validator.validate(resource, CheckMode.ALL, cancel);
            last.put(uri, new Findings(text, all.stream().filter(TwoPublishValidation::isRuleFinding).toList()));
            return request.getAfterValidate().afterValidate(uri, all);
        }
        List<Issue> quick = validator.validate(resource, CheckMode.FAST_ONLY, cancel);
        Findings before = last.get(uri);
        List<Issue> carried = before == null ? List.of() : IssuesMovedAlong.of(before.issues(), before.text(), text);
        request.getAfterValidate().afterValidate(uri, concat(quick, carried));
        List<Issue> rules = validator.validate(resource, CheckMode.NORMAL_ONLY, cancel).stream()
                .filter(TwoPublishValidation::isRuleFinding).toList();
        last.put(uri, new Findings(text, rules));
        return request.getAfterValidate().afterValidate(uri, concat(quick, rules));
    }

    /** Forgets what was found in {@code uri}: the file is gone. */
    synchronized void forget(URI uri) {
        last.remove(uri);
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
