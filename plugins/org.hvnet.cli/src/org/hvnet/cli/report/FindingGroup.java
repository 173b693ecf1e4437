// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleGroups;

/**
 * The problems of one rule at one severity, for summaries of large models: the rule, what it checks, how many
 * problems and the first few of them (in file order).
 */
public record FindingGroup(String rule, Severity severity, String title, int count, List<SourceProblem> first) {

    /** How many problems of a group a summary shows. */
    public static final int SHOWN = 3;

    /** The groups of {@code problems}: errors first, then the largest groups, then by rule id. */
    public static List<FindingGroup> of(List<SourceProblem> problems) {
        Map<String, List<SourceProblem>> byKey = new LinkedHashMap<>();
        for (SourceProblem problem : problems) {
            byKey.computeIfAbsent(problem.rule() + "\u0000" + problem.severity(), k -> new ArrayList<>()).add(problem);
        }
        Map<String, List<Rule>> catalogue = RuleGroups.byId();
        List<FindingGroup> groups = new ArrayList<>();
        for (List<SourceProblem> members : byKey.values()) {
            SourceProblem sample = members.get(0);
            groups.add(new FindingGroup(sample.rule(), sample.severity(), title(sample.rule(), catalogue), members.size(),
                    List.copyOf(members.subList(0, Math.min(SHOWN, members.size())))));
        }
        groups.sort(Comparator.comparing(FindingGroup::severity).thenComparing(Comparator.comparingInt(FindingGroup::count).reversed())
                .thenComparing(FindingGroup::rule));
        return groups;
    }

    private static String title(String rule, Map<String, List<Rule>> catalogue) {
        if (rule.equals(SourceProblem.SYNTAX)) {
            return "The text follows the .hvnet grammar.";
        }
        if (rule.equals(SourceProblem.LINK)) {
            return "Every name refers to an element of the model.";
        }
        List<Rule> entries = catalogue.get(rule);
        return entries == null ? rule : RuleGroups.summary(entries);
    }
}
