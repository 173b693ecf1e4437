// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hvnet.cli.DocumentationSite;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.model.Platform;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleGroups;

import com.google.gson.JsonObject;

/**
 * The SARIF rule descriptors: one per rule id of the catalogue, and {@code syntax} and {@code link}, each with a
 * friendly name, a short description (what the rule asks), a full one (its checks and where each applies), help in
 * text and Markdown (what to do), and a link to its section of the documentation.
 */
final class SarifRules {

    private SarifRules() {
    }

    /**
     * Every descriptor: {@code syntax}, {@code link} (the linker's unresolved names; the catalogue's entries of that id
     * join it), then the catalogue's rule ids in its order.
     */
    static List<JsonObject> all() {
        Map<String, List<Rule>> catalogue = RuleGroups.byId();
        List<JsonObject> rules = new ArrayList<>();
        rules.add(descriptor(SourceProblem.SYNTAX, "SyntaxError", "The file follows the .hvnet grammar.",
                "A parse error: the text at the position shown does not follow the .hvnet grammar (keywords, names, values and"
                        + " braces as the language reference writes them).",
                "Correct the text at the position shown.", "error", DocumentationSite.page("language.md#syntax-summary")));
        rules.add(descriptor(SourceProblem.LINK, "UnresolvedName", "Every name refers to an element of the model.",
                "A name refers to nothing: no network, switch, NIC or interface of that name exists in the files loaded together,"
                        + " nor (for interface names) among those the planned installs and internal switches create.",
                "Correct the name, or add the element it refers to.", "error", DocumentationSite.page("rules.md#link")));
        for (Map.Entry<String, List<Rule>> group : catalogue.entrySet()) {
            if (group.getKey().equals(SourceProblem.LINK)) {
                continue;
            }
            List<Rule> entries = group.getValue();
            rules.add(descriptor(group.getKey(), name(entries), RuleGroups.summary(entries), fullDescription(entries),
                    RuleGroups.fixes(entries), entries.get(0).severity().sarifLevel(),
                    DocumentationSite.page("rules.md#" + group.getKey().toLowerCase(Locale.ROOT))));
        }
        return rules;
    }

    private static JsonObject descriptor(String id, String name, String summary, String full, String fix, String level, String helpUri) {
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("id", id);
        descriptor.addProperty("name", name);
        descriptor.add("shortDescription", SarifText.of(summary));
        descriptor.add("fullDescription", SarifText.of(full));
        JsonObject help = SarifText.of(fix);
        help.addProperty("markdown", "**" + id + "**: " + summary + "\n\n" + fix + "\n\n[Rule " + id + " in the HVNet documentation](" + helpUri + ")");
        descriptor.add("help", help);
        descriptor.addProperty("helpUri", helpUri);
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level);
        descriptor.add("defaultConfiguration", configuration);
        return descriptor;
    }

    /**
     * The entries' names in Pascal case, joined, one-letter words left out (a friendly name is a Pascal-case
     * identifier): {@code DuplicateAddressOrDuplicateMac} for V-6.
     */
    static String name(List<Rule> entries) {
        List<String> names = new ArrayList<>();
        for (Rule rule : entries) {
            String enumName = rule.name();
            StringBuilder pascal = new StringBuilder();
            for (String word : enumName.substring(enumName.indexOf('_') + 1).split("_")) {
                if (word.length() < 2) {
                    continue;
                }
                pascal.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            names.add(pascal.toString());
        }
        return String.join("Or", names);
    }

    /** Each entry's title with its severity and the platforms it applies to. */
    private static String fullDescription(List<Rule> entries) {
        List<String> sentences = new ArrayList<>();
        for (Rule rule : entries) {
            List<String> platforms = new ArrayList<>();
            for (Platform platform : Platform.values()) {
                if (rule.severityOn(platform) != null) {
                    platforms.add(platform.getLiteral());
                }
            }
            String where = platforms.size() == Platform.values().length ? "on every platform" : "on " + String.join(", ", platforms);
            sentences.add(rule.title() + ": " + (rule.severity().name().equals("ERROR") ? "an error " : "a " + rule.severity().name()
                    .toLowerCase(Locale.ROOT) + " ") + where + ".");
        }
        return String.join(" ", sentences);
    }
}
