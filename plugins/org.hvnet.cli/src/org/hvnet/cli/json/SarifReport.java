package org.hvnet.cli.json;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleGroups;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code validate --format sarif} document: SARIF 2.1.0 with one tool run whose driver lists every rule id of
 * the catalogue (short description, help text, default level) and one result per problem, located by file, line
 * and column, so that code-scanning services can display it.
 */
public final class SarifReport {

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The JSON schema of SARIF 2.1.0. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** The whole document for {@code problems}. */
    public static JsonObject document(List<SourceProblem> problems) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        rules.add(descriptor(SourceProblem.SYNTAX, "The file follows the .hvnet grammar (docs/language.md).",
                "Correct the text at the position shown.", "error"));
        ruleIndex.put(SourceProblem.SYNTAX, 0);
        for (Map.Entry<String, List<Rule>> group : RuleGroups.byId().entrySet()) {
            ruleIndex.put(group.getKey(), rules.size());
            rules.add(descriptor(group.getKey(), RuleGroups.summary(group.getValue()), RuleGroups.fixes(group.getValue()),
                    group.getValue().get(0).severity().sarifLevel()));
        }
        JsonArray results = new JsonArray();
        for (SourceProblem problem : problems) {
            results.add(result(problem, ruleIndex.getOrDefault(problem.rule(), -1)));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "hvnet");
        driver.addProperty("semanticVersion", "1.0.0");
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject document = new JsonObject();
        document.addProperty("$schema", SCHEMA);
        document.addProperty("version", VERSION);
        document.add("runs", runs);
        return document;
    }

    private static JsonObject descriptor(String id, String summary, String help, String level) {
        JsonObject descriptor = new JsonObject();
        descriptor.addProperty("id", id);
        descriptor.add("shortDescription", text(summary));
        descriptor.add("fullDescription", text(summary));
        descriptor.add("help", text(help));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level);
        descriptor.add("defaultConfiguration", configuration);
        return descriptor;
    }

    private static JsonObject result(SourceProblem problem, int ruleIndex) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", problem.rule());
        if (ruleIndex >= 0) {
            result.addProperty("ruleIndex", ruleIndex);
        }
        result.addProperty("level", level(problem));
        result.add("message", text(problem.message()));
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri(problem.file()));
        JsonObject region = new JsonObject();
        region.addProperty("startLine", problem.line());
        region.addProperty("startColumn", problem.column());
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        if (problem.element() != null && !problem.element().isEmpty()) {
            JsonObject logical = new JsonObject();
            logical.addProperty("fullyQualifiedName", problem.element());
            JsonArray logicals = new JsonArray();
            logicals.add(logical);
            location.add("logicalLocations", logicals);
        }
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        return result;
    }

    private static String level(SourceProblem problem) {
        return switch (problem.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A file as SARIF names it: a relative path with forward slashes as given, an absolute one as a file URI. */
    static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        return file.replace('\\', '/');
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }
}
