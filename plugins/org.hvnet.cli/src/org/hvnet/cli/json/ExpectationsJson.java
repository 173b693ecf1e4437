package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.simulation.expectations.ExpectationResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The expectation results of {@code check}: passed and failed counts, and one object per expectation. */
public final class ExpectationsJson {

    private ExpectationsJson() {
    }

    /** The results as an array of {@code {expect, passed, expected, found}}. */
    public static JsonArray results(List<ExpectationResult> results) {
        JsonArray array = new JsonArray();
        for (ExpectationResult result : results) {
            JsonObject item = new JsonObject();
            item.addProperty("expect", result.text());
            item.addProperty("passed", result.passed());
            item.addProperty("expected", result.expected());
            item.addProperty("found", result.found());
            array.add(item);
        }
        return array;
    }
}
