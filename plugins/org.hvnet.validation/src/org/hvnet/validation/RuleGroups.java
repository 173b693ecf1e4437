// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue grouped by rule id, in catalogue order: what SARIF rule descriptors and docs/rules.md list. */
public final class RuleGroups {

    private RuleGroups() {
    }

    /** Every rule id with the catalogue entries that cite it. */
    public static Map<String, List<Rule>> byId() {
        Map<String, List<Rule>> groups = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            groups.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
        }
        return groups;
    }

    /** One line for a rule id: the titles of its entries. */
    public static String summary(List<Rule> rules) {
        return String.join("; ", rules.stream().map(Rule::title).toList()) + ".";
    }

    /** What to do for a rule id: the fixes of its entries, each once. */
    public static String fixes(List<Rule> rules) {
        return String.join(" ", rules.stream().map(Rule::fix).distinct().toList());
    }
}
