// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Platform;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleGroups;
import org.hvnet.validation.RuleSeverity;

/**
 * Writes docs/rules.md from the rule catalogue: every rule id, each of its entries with its severity per platform,
 * its trigger case from {@code cases/} with the diagnostics it really gives, and the fix.
 */
final class RulesDocument {

    private RulesDocument() {
    }

    /** The whole document. */
    static String text() {
        StringBuilder doc = new StringBuilder();
        doc.append("# Validation rules\n\n")
                .append("<!-- Generated from the rule catalogue (org.hvnet.validation.Rule) by RulesDocTest: do not edit.\n")
                .append("     Regenerate: ./mvnw -B verify -Dhvnet.updateDocs=true -->\n\n")
                .append("Every check of `hvnet validate` and of the language server, by rule id: the V-rules, and the S- and A-rules\n")
                .append("that have something to check ([semantics.md](semantics.md) explains every rule). Diagnostics read\n")
                .append("`FILE:LINE:COL: SEVERITY: MESSAGE [RULE]`; the message names the element and ends with what to do. `syntax`\n")
                .append("(a parse error) and `link` (a name that resolves nowhere) are reported too. A dash means the entry does not\n")
                .append("apply on that platform. Choices made where the rules leave room: [validation.md](validation.md).\n\n");
        doc.append("| rule | entry |");
        for (Platform platform : Platform.values()) {
            doc.append(' ').append(platform.getLiteral()).append(" |");
        }
        doc.append("\n|---|---|").append("---|".repeat(Platform.values().length)).append('\n');
        for (Rule rule : Rule.values()) {
            doc.append("| ").append(rule.id()).append(" | [").append(rule.name()).append("](#").append(rule.name().toLowerCase())
                    .append(") |");
            for (Platform platform : Platform.values()) {
                RuleSeverity severity = rule.severityOn(platform);
                doc.append(' ').append(severity == null ? "—" : severity.name()).append(" |");
            }
            doc.append('\n');
        }
        for (Map.Entry<String, List<Rule>> group : RuleGroups.byId().entrySet()) {
            doc.append("\n## ").append(group.getKey()).append("\n\n").append(RuleGroups.summary(group.getValue())).append("\n");
            for (Rule rule : group.getValue()) {
                entry(doc, rule);
            }
        }
        return doc.toString();
    }

    private static void entry(StringBuilder doc, Rule rule) {
        doc.append("\n### ").append(rule.name()).append("\n\n").append(rule.title()).append(".\n\n");
        doc.append("- Severity: ").append(rule.severity().name()).append(" on ");
        doc.append(String.join(", ", rule.platforms().stream().map(Platform::getLiteral).toList())).append(".\n");
        doc.append("- Fix: ").append(rule.fix()).append("\n\n");
        Path trigger = RuleCases.directory().resolve(rule.name() + ".hvnet");
        if (!Files.exists(trigger)) {
            throw new AssertionError("no trigger case " + trigger + " to document " + rule);
        }
        String text = HvnetTestFiles.read(trigger).replaceAll("[ \\t]*//!.*", "");
        doc.append("Example (`").append(trigger.getFileName()).append("`):\n\n```\n").append(text.strip()).append("\n```\n\ngives\n\n```\n");
        for (SourceProblem problem : RuleCases.validate(trigger).problems()) {
            doc.append(problem.toText()).append('\n');
        }
        doc.append("```\n");
    }
}
