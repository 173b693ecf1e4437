// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.hover;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hvnet.dsl.ide.IssueRules;
import org.hvnet.validation.Rule;

/** The help of a rule id, from the validation's rule catalogue (the one place rules are described). */
public final class RuleHelp {

    private RuleHelp() {
    }

    /** The rule's title and what to do about it, or null for an id the catalogue does not know. */
    public static String of(String rule) {
        if (rule == null) {
            return null;
        }
        switch (rule) {
        case IssueRules.SYNTAX:
            return "The text does not follow the .hvnet grammar here.";
        case IssueRules.LINK:
            return "No element of that name is declared where the language looks for it.";
        default:
            Set<String> lines = new LinkedHashSet<>();
            for (Rule candidate : Rule.values()) {
                if (candidate.id().equals(rule)) {
                    lines.add(rule + ": " + candidate.title() + ". " + candidate.fix());
                }
            }
            return lines.isEmpty() ? null : String.join("\n    ", lines);
        }
    }
}
