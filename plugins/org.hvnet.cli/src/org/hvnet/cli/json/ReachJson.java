// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.hvnet.simulation.traffic.ReachabilityMatrix;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@code reach --json} document of DSL.md: the fields of {@code header} (version, diagnostics), then
 * {@code "endpoints":[...],"reachable":[[...],...]} (row = source), streamed row by row so that a large matrix is
 * never held as JSON objects.
 */
public final class ReachJson {

    private ReachJson() {
    }

    /** Writes the document to {@code out}, one matrix row a line. */
    public static void write(JsonObject header, ReachabilityMatrix matrix, Writer out) throws IOException {
        Gson gson = new Gson();
        out.write("{");
        for (Map.Entry<String, JsonElement> field : header.entrySet()) {
            String value = JsonOutput.toText(field.getValue()).replace("\n", "\n  ");
            out.write("\n  " + gson.toJson(field.getKey()) + ": " + value + ",");
        }
        out.write("\n  \"endpoints\": [");
        for (int i = 0; i < matrix.size(); i++) {
            out.write(i == 0 ? "\n    " : ",\n    ");
            out.write(gson.toJson(matrix.endpoints().get(i)));
        }
        out.write(matrix.size() == 0 ? "],\n  \"reachable\": [" : "\n  ],\n  \"reachable\": [");
        for (int i = 0; i < matrix.size(); i++) {
            out.write(i == 0 ? "\n    [" : ",\n    [");
            for (int j = 0; j < matrix.size(); j++) {
                if (j > 0) {
                    out.write(",");
                }
                out.write(matrix.reachable(i, j) ? "true" : "false");
            }
            out.write("]");
        }
        out.write(matrix.size() == 0 ? "]\n}\n" : "\n  ]\n}\n");
        out.flush();
    }
}
