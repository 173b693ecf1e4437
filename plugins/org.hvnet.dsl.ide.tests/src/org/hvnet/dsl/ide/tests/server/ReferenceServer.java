// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.at;
import static org.hvnet.dsl.ide.tests.server.Json.object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A language server that answers for a text as a fresh parse of it: each text is opened as a new document (a URI the
 * server never loaded, so it parses the whole text), asked about, and closed (the file is not on disk, so the server
 * drops it). What it answers is what an edited server must answer for the same text.
 */
final class ReferenceServer implements AutoCloseable {

    private final LspWire wire;
    private final Path folder;
    private int opened;

    ReferenceServer(Path folder) throws Exception {
        this.folder = Files.createDirectories(folder);
        this.wire = LspWire.initialized(folder, null);
    }

    /** What the server publishes and answers for {@code text}, with the document's URI written as {@code DOC}. */
    Answers answers(String text, List<int[]> positions) throws Exception {
        opened++;
        String uri = Json.uri(folder.resolve("fresh-" + opened + ".hvnet"));
        wire.notify("textDocument/didOpen", Json.didOpen(uri, 1, text));
        ServerDocuments.text(wire, uri);
        JsonArray published = lastPublished(wire, uri);
        Answers answers = Answers.of(wire, uri, published, positions);
        wire.notify("textDocument/didClose", object("textDocument", Json.document(uri)));
        wire.request("workspace/symbol", object("query", "")); // a round trip: the document is closed and dropped
        wire.takeNotifications();
        return answers;
    }

    @Override
    public void close() {
        wire.close();
    }

    /** The diagnostics last published for a document (sorted) and the hover and definition at some positions. */
    record Answers(List<String> diagnostics, List<String> hovers, List<String> definitions) {

        /** {@code published} for {@code uri} and the answers of {@code wire}'s server at {@code positions} of it. */
        static Answers of(LspWire wire, String uri, JsonArray published, List<int[]> positions) {
            List<String> diagnostics = new ArrayList<>();
            published.forEach(d -> diagnostics.add(d.toString()));
            diagnostics.sort(null);
            List<String> hovers = new ArrayList<>();
            List<String> definitions = new ArrayList<>();
            for (int[] position : positions) {
                hovers.add(answer(wire.request("textDocument/hover", at(uri, position[0], position[1])), uri));
                definitions.add(answer(wire.request("textDocument/definition", at(uri, position[0], position[1])), uri));
            }
            return new Answers(diagnostics, hovers, definitions);
        }

        private static String answer(JsonObject answer, String uri) {
            JsonElement result = answer.has("result") ? answer.get("result") : answer.get("error");
            return Json.text(result).replace(uri, "DOC");
        }
    }

    /** The diagnostics last published for {@code uri} among the notifications received so far (taken from the wire). */
    static JsonArray lastPublished(LspWire wire, String uri) {
        JsonArray published = null;
        for (JsonObject message : wire.takeNotifications()) {
            if (message.has("method") && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
                    && message.getAsJsonObject("params").get("uri").getAsString().equals(uri)) {
                published = message.getAsJsonObject("params").getAsJsonArray("diagnostics");
            }
        }
        if (published == null) {
            throw new AssertionError("no diagnostics published for " + uri);
        }
        return published;
    }
}
