// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/**
 * The rule id of an issue, as every surface shows it: the validator's code (a rule id such as {@code V-4}), or
 * {@code syntax} for what the parser and the value converters report and {@code link} for a name that does not
 * resolve (as the command line says).
 */
public final class IssueRules {

    /** The id of a problem the parser or a value converter reports. */
    public static final String SYNTAX = "syntax";

    /** The id of a name that does not resolve. */
    public static final String LINK = "link";

    private IssueRules() {
    }

    /** The rule id of {@code issue}. */
    public static String ruleOf(Issue issue) {
        String code = issue.getCode();
        if (code == null || issue.isSyntaxError() || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
            return SYNTAX;
        }
        if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
            return LINK;
        }
        return code;
    }
}
