// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.cli.HvnetVersion;
import org.hvnet.frontend.loading.SourceProblem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code validate --format json} document of DSL.md, {@code {"version":"1.0.0","diagnostics":[...]}}, and the
 * start of every other JSON document of the command: each carries the command's version and the model's
 * diagnostics, so that a document is printed (with the errors in it) even when the model cannot be simulated.
 */
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

    /** The whole document: the version and the diagnostics (other documents add their results to it). */
    public static JsonObject document(List<SourceProblem> problems) {
        JsonObject json = new JsonObject();
        json.addProperty("version", HvnetVersion.release());
        json.add("diagnostics", diagnostics(problems));
        return json;
    }

    /** The diagnostics array. */
    public static JsonArray diagnostics(List<SourceProblem> problems) {
        JsonArray diagnostics = new JsonArray();
        problems.forEach(p -> diagnostics.add(diagnostic(p)));
        return diagnostics;
    }
}
