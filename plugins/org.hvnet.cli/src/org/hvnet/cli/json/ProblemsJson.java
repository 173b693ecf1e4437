package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.frontend.loading.SourceProblem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code validate --format json} document of DSL.md: {@code {"diagnostics":[...]}}. */
public final class ProblemsJson {

    private ProblemsJson() {
    }

    /** One diagnostic object with severity, rule, element, file, line, column and message. */
    public static JsonObject diagnostic(SourceProblem problem) {
        JsonObject json = new JsonObject();
        json.addProperty("severity", problem.severity().name());
        json.addProperty("rule", problem.rule());
        json.addProperty("element", problem.element());
        json.addProperty("file", problem.file());
        json.addProperty("line", problem.line());
        json.addProperty("column", problem.column());
        json.addProperty("message", problem.message());
        return json;
    }

    /** The whole document. */
    public static JsonObject document(List<SourceProblem> problems) {
        JsonArray diagnostics = new JsonArray();
        problems.forEach(p -> diagnostics.add(diagnostic(p)));
        JsonObject json = new JsonObject();
        json.add("diagnostics", diagnostics);
        return json;
    }
}
