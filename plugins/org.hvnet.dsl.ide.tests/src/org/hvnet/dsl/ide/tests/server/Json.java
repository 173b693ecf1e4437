// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** JSON values of LSP messages, written briefly. */
final class Json {

    private static final Gson GSON = new Gson();

    private Json() {
    }

    /** An object of alternating keys and values (strings, numbers, booleans, JSON elements or null). */
    static JsonObject object(Object... keysAndValues) {
        JsonObject object = new JsonObject();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.add((String) keysAndValues[i], GSON.toJsonTree(keysAndValues[i + 1]));
        }
        return object;
    }

    /** {@code {"line": L, "character": C}}. */
    static JsonObject position(int line, int character) {
        return object("line", line, "character", character);
    }

    /** A range between two positions. */
    static JsonObject range(int startLine, int startCharacter, int endLine, int endCharacter) {
        return object("start", position(startLine, startCharacter), "end", position(endLine, endCharacter));
    }

    /** {@code {"uri": URI}}. */
    static JsonObject document(String uri) {
        return object("uri", uri);
    }

    /** The params of a request at a position of a document. */
    static JsonObject at(String uri, int line, int character) {
        return object("textDocument", document(uri), "position", position(line, character));
    }

    /** The file URI the server writes for {@code file} ({@code file:///...}). */
    static String uri(Path file) {
        return file.toUri().toString().replaceFirst("^file:/(?!/)", "file:///");
    }

    /** The params of {@code textDocument/didOpen}. */
    static JsonObject didOpen(String uri, int version, String text) {
        return object("textDocument", object("uri", uri, "languageId", "hvnet", "version", version, "text", text));
    }

    /** The error code of an answer, or null for a result. */
    static Integer errorCode(JsonObject answer) {
        return answer.has("error") ? answer.getAsJsonObject("error").get("code").getAsInt() : null;
    }

    /** The text of a JSON element. */
    static String text(JsonElement element) {
        return element == null ? "null" : element.toString();
    }
}
