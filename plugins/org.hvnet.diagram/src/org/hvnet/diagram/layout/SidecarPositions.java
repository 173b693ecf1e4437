// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** Reads the text of a layout sidecar: {@code {"version": 1, "positions": {ID: {"x": X, "y": Y}}}}, strictly. */
final class SidecarPositions {

    private static final TypeAdapter<JsonElement> JSON = new Gson().getAdapter(JsonElement.class);

    private SidecarPositions() {
    }

    /**
     * The positions by element id.
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not such a document
     */
    static Map<String, GPoint> parse(String text) {
        JsonElement document;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setLenient(false);
            document = JSON.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("not valid JSON: text after the document");
            }
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        }
        if (!document.isJsonObject()) {
            throw new IllegalArgumentException("the document is not an object");
        }
        JsonElement moved = document.getAsJsonObject().get("positions");
        Map<String, GPoint> positions = new TreeMap<>();
        if (moved == null || moved.isJsonNull()) {
            return positions;
        }
        if (!moved.isJsonObject()) {
            throw new IllegalArgumentException("\"positions\" is not an object");
        }
        for (Map.Entry<String, JsonElement> entry : moved.getAsJsonObject().entrySet()) {
            if (!entry.getValue().isJsonObject()) {
                throw new IllegalArgumentException("the position of " + entry.getKey() + " is not an object");
            }
            JsonObject point = entry.getValue().getAsJsonObject();
            positions.put(entry.getKey(), GraphUtil.point(coordinate(entry.getKey(), point, "x"), coordinate(entry.getKey(), point, "y")));
        }
        return positions;
    }

    private static double coordinate(String id, JsonObject point, String axis) {
        JsonElement value = point.get(axis);
        if (value == null || !value.isJsonPrimitive() || !((JsonPrimitive) value).isNumber() || !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException(id + "." + axis + " is not a finite number: " + value);
        }
        return value.getAsDouble();
    }
}
