// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.frontend.loading.ElementLocator;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.simulation.expectations.ExpectationResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The expectation results of {@code check} and {@code simulate}: one object per expectation, located in its file. */
public final class ExpectationsJson {

    private ExpectationsJson() {
    }

    /** The results as an array of {@code {expect, passed, expected, found, file, line, column}}. */
    public static JsonArray results(List<ExpectationResult> results, ElementLocator locator) {
        JsonArray array = new JsonArray();
        for (ExpectationResult result : results) {
            JsonObject item = new JsonObject();
            item.addProperty("expect", result.text());
            item.addProperty("passed", result.passed());
            item.addProperty("expected", result.expected());
            item.addProperty("found", result.found());
            SourceLocation at = locator.locate(result.expectation(), null, -1);
            item.addProperty("file", at.file());
            item.addProperty("line", at.line());
            item.addProperty("column", at.column());
            array.add(item);
        }
        return array;
    }

    /** {@code {passed, failed, expectations}}: the counts and the results. */
    public static JsonObject document(List<ExpectationResult> results, ElementLocator locator) {
        long failed = results.stream().filter(r -> !r.passed()).count();
        JsonObject json = new JsonObject();
        json.addProperty("passed", results.size() - failed);
        json.addProperty("failed", failed);
        json.add("expectations", results(results, locator));
        return json;
    }
}
