// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;
import java.util.Map;

import org.hvnet.frontend.loading.SourceProblem;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The one shape of every {@code --json} document: version and diagnostics first, then the subcommand's results. */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    /** The document of a run with {@code problems} whose results are the fields of {@code results} (null: none). */
    public static JsonObject of(List<SourceProblem> problems, JsonObject results) {
        JsonObject document = ProblemsJson.document(problems);
        if (results != null) {
            for (Map.Entry<String, JsonElement> field : results.entrySet()) {
                document.add(field.getKey(), field.getValue());
            }
        }
        return document;
    }
}
