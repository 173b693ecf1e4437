// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The document a fuzz test edits: the client's text, kept as LSP's rules say, compared with the server's after every
 * change; the diagnostics last published for it; checks that edits the server proposes lie inside the text.
 */
final class FuzzedDocument {

    private final LspWire wire;
    private final String uri;
    private ClientDocument client;
    private int version = 1;
    private JsonArray published = new JsonArray();

    private FuzzedDocument(LspWire wire, String uri, String text) {
        this.wire = wire;
        this.uri = uri;
        this.client = new ClientDocument(text);
    }

    /** Writes {@code text} to {@code file} and opens it in the server. */
    static FuzzedDocument open(LspWire wire, Path file, String text) throws Exception {
        Files.writeString(file, text);
        FuzzedDocument document = new FuzzedDocument(wire, Json.uri(file), text);
        wire.notify("textDocument/didOpen", Json.didOpen(document.uri, 1, text));
        return document;
    }

    String uri() {
        return uri;
    }

    ClientDocument client() {
        return client;
    }

    /** The diagnostics last published for the document. */
    JsonArray published() {
        return published;
    }

    /**
     * Sends {@code changes} in one {@code didChange} and checks the server's text: the client's after the changes,
     * or, when one lies outside the text, the text before them and an error shown to the user.
     */
    void change(List<ClientDocument.Change> changes) throws Exception {
        ClientDocument changed = new ClientDocument(client.text());
        boolean applies = changed.apply(changes);
        JsonArray contentChanges = new JsonArray();
        changes.forEach(change -> contentChanges.add(RandomLsp.json(change)));
        version++;
        wire.notify("textDocument/didChange", object("textDocument", object("uri", uri, "version", version), "contentChanges", contentChanges));
        String serverText = ServerDocuments.text(wire, uri);
        boolean told = false;
        for (JsonObject message : wire.takeNotifications()) {
            String method = message.has("method") ? message.get("method").getAsString() : "";
            if (method.equals("window/showMessage") && message.getAsJsonObject("params").get("type").getAsInt() == 1) {
                told = true;
            } else if (method.equals("textDocument/publishDiagnostics") && message.getAsJsonObject("params").get("uri").getAsString().equals(uri)) {
                published = message.getAsJsonObject("params").getAsJsonArray("diagnostics");
            }
        }
        if (applies) {
            client = changed;
        } else {
            assertTrue(told, "a refused change is shown to the user");
        }
        assertEquals(client.text(), serverText, "the server's text is the client's");
    }

    /**
     * Opens the document again with the client's text, as a client resynchronizes, and checks the server has it (after
     * a notification that may have closed or replaced it).
     */
    void reopen() throws Exception {
        version++;
        wire.notify("textDocument/didOpen", Json.didOpen(uri, version, client.text()));
        assertEquals(client.text(), ServerDocuments.text(wire, uri), "the server's text after reopening");
        wire.takeNotifications().stream().filter(message -> message.has("method")
                && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
                && message.getAsJsonObject("params").get("uri").getAsString().equals(uri))
                .reduce((first, second) -> second).ifPresent(message -> published = message.getAsJsonObject("params").getAsJsonArray("diagnostics"));
    }

    /** Checks that every text edit of code actions or formatting lies inside the text and none overlaps another. */
    void assertEditsInside(JsonArray result) {
        List<JsonObject> edits = new ArrayList<>();
        for (JsonElement element : result) {
            JsonObject item = element.getAsJsonObject();
            if (item.has("range") && item.has("newText")) {
                edits.add(item); // formatting
            } else if (item.has("edit")) {
                JsonObject edit = item.getAsJsonObject("edit");
                if (edit.has("changes")) {
                    for (Map.Entry<String, JsonElement> change : edit.getAsJsonObject("changes").entrySet()) {
                        change.getValue().getAsJsonArray().forEach(e -> edits.add(e.getAsJsonObject()));
                    }
                }
                if (edit.has("documentChanges")) {
                    edit.getAsJsonArray("documentChanges").forEach(d -> d.getAsJsonObject().getAsJsonArray("edits").forEach(e -> edits.add(e.getAsJsonObject())));
                }
            }
        }
        List<int[]> spans = new ArrayList<>();
        for (JsonObject edit : edits) {
            JsonObject range = edit.getAsJsonObject("range");
            int start = offset(range.getAsJsonObject("start"));
            int end = offset(range.getAsJsonObject("end"));
            assertTrue(start >= 0 && end >= start, () -> "an edit outside the text: " + edit);
            spans.add(new int[] { start, end });
        }
        if (result.size() > 0 && result.get(0).getAsJsonObject().has("newText")) {
            spans.sort(Comparator.comparingInt(span -> span[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertTrue(spans.get(i - 1)[1] <= spans.get(i)[0], "formatting edits overlap");
            }
        }
    }

    private int offset(JsonObject position) {
        int line = position.get("line").getAsInt();
        int character = position.get("character").getAsInt();
        int offset = ClientDocument.offset(client.text(), line, character);
        return character > client.lineLength(Math.max(0, Math.min(line, client.lineCount() - 1))) ? -1 : offset;
    }
}
