// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.object;

import java.util.List;
import java.util.Random;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Random LSP input from a seeded {@link Random}: positions in, at the edge of and outside a document, text to type,
 * changes, params of every request the server implements, params that are wrong in shape, unknown methods.
 */
final class RandomLsp {

    /** The requests that take a document and a position. */
    static final List<String> AT_POSITION = List.of("textDocument/hover", "textDocument/completion", "textDocument/definition",
            "textDocument/references", "textDocument/documentHighlight", "textDocument/prepareRename");

    /** The requests that take a document only. */
    static final List<String> ON_DOCUMENT = List.of("textDocument/documentSymbol", "textDocument/foldingRange",
            "textDocument/semanticTokens/full", "textDocument/formatting");

    private static final List<String> WORDS = List.of("host ", "switch ", "nic ", "vm ", "network ", "ipv4 static 10.0.0.1/24 ",
            "ipv4 dhcp", " on ", " external on ", " internal", " private", "{", "}", "{ }", "\n", "\n    ", "\"", "\"Local Area Connection\"",
            ".", "->", "expect reach ", "10.0.", "/24", "00-15-5D", "// note", "/* ", " */", "platform hyperv-2016 ", "bind tcpip4, vswitch ",
            "install hyperv using ", "rras nat public ", "vlan trunk 1, 2-9 native 1", "é", "€", "😀", "\t", "\\", "\r\n", "0", "99999999999");

    private final Random random;

    RandomLsp(long seed) {
        this.random = new Random(seed);
    }

    /** The generator's random source. */
    Random random() {
        return random;
    }

    /** A line: mostly inside the document, sometimes its last, past its end or negative. */
    int line(ClientDocument document) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return document.lineCount() + random.nextInt(3);
        }
        if (roll == 1) {
            return -1;
        }
        return random.nextInt(document.lineCount());
    }

    /** A character of {@code line}: mostly inside it, sometimes at or past its end, huge or negative. */
    int character(ClientDocument document, int line) {
        int length = line >= 0 && line < document.lineCount() ? document.lineLength(line) : 0;
        int roll = random.nextInt(20);
        if (roll == 0) {
            return Integer.MAX_VALUE;
        }
        if (roll == 1) {
            return -1 - random.nextInt(3);
        }
        if (roll < 5) {
            return length + random.nextInt(4);
        }
        return random.nextInt(length + 1);
    }

    /** Text to type: a few words of the language, odd characters, or a piece of {@code source}. */
    String typed(String source) {
        if (random.nextInt(4) == 0 && !source.isEmpty()) {
            int start = random.nextInt(source.length());
            return source.substring(start, Math.min(source.length(), start + 1 + random.nextInt(80)));
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            text.append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return text.toString();
    }

    /** A change of {@code document}: a range (sometimes reversed or outside it) and text, or now and then the whole text. */
    ClientDocument.Change change(ClientDocument document, String source) {
        if (random.nextInt(15) == 0) {
            return new ClientDocument.Change(0, 0, 0, 0, typed(source), true);
        }
        int startLine = line(document);
        int startCharacter = character(document, startLine);
        int endLine = startLine;
        int endCharacter = startCharacter;
        if (random.nextBoolean()) {
            endLine = random.nextInt(8) == 0 ? line(document) : startLine + random.nextInt(3);
            endCharacter = character(document, endLine);
        }
        String text = random.nextInt(3) == 0 ? "" : typed(source);
        return new ClientDocument.Change(startLine, startCharacter, endLine, endCharacter, text, false);
    }

    /** The JSON of a change. */
    static JsonObject json(ClientDocument.Change change) {
        if (change.whole()) {
            return object("text", change.text());
        }
        return object("range", Json.range(change.startLine(), change.startCharacter(), change.endLine(), change.endCharacter()), "text",
                change.text());
    }

    /** A method name that is not LSP's, or an LSP one the server does not implement. */
    String unknownMethod() {
        List<String> names = List.of("hvnet/" + Integer.toHexString(random.nextInt()), "textDocument/" + random.nextInt(1000), "$/hvnet",
                "textDocument/implementation", "textDocument/signatureHelp", "workspace/executeCommand", "", "initialize/", "Shutdown");
        return names.get(random.nextInt(names.size()));
    }

    /** A notification, known or not (not {@code exit}, which ends the connection). */
    String notification() {
        List<String> names = List.of("textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
                "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration", "workspace/didChangeWorkspaceFolders", "$/setTrace",
                "$/cancelRequest", "initialized", "hvnet/" + random.nextInt(100));
        return names.get(random.nextInt(names.size()));
    }

    /** Params of the wrong shape, or pointing at nothing. */
    JsonElement badParams(String uri) {
        List<String> shapes = List.of("[]", "\"text\"", "5", "{}", "{\"textDocument\": 5}", "{\"textDocument\": {\"uri\": 7}, \"position\": {\"line\": \"a\"}}",
                "{\"textDocument\": {\"uri\": \"file:///nowhere/none.hvnet\"}, \"position\": {\"line\": 0, \"character\": 0}}",
                "{\"textDocument\": {\"uri\": \"::not a uri\"}, \"position\": {\"line\": 0, \"character\": 0}}",
                "{\"textDocument\": {\"uri\": \"untitled:Untitled-1\"}, \"position\": {\"line\": 0, \"character\": 0}}",
                "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\": {\"line\": 1e20, \"character\": -1.5}}",
                "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\": null}",
                "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"range\": {\"start\": {\"line\": 3, \"character\": 0}}, \"context\": {}}",
                "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"options\": \"tabs\"}", "{\"query\": 12}", "null");
        return JsonParser.parseString(shapes.get(random.nextInt(shapes.size())));
    }

    /** A new name for rename: valid, keyword, quoted, empty or odd. */
    String newName() {
        List<String> names = List.of("Lab2", "Local Area Connection 9", "", " ", "host", "a\"b", "😀", "x".repeat(200), "Web_2", "\\");
        return names.get(random.nextInt(names.size()));
    }

    /** Diagnostics for a code action request: published ones and made-up ones of the rules with quick fixes. */
    JsonArray diagnostics(ClientDocument document, JsonArray published) {
        JsonArray diagnostics = new JsonArray();
        if (published != null && !published.isEmpty() && random.nextBoolean()) {
            diagnostics.add(published.get(random.nextInt(published.size())));
        }
        if (random.nextBoolean()) {
            int line = line(document);
            int character = character(document, line);
            List<String> codes = List.of("V-4", "V-5", "V-8", "V-9", "syntax", "V-1");
            JsonObject madeUp = object("range", Json.range(line, character, line, character + random.nextInt(10)), "message", "made up",
                    "severity", 1 + random.nextInt(4), "code", codes.get(random.nextInt(codes.size())));
            diagnostics.add(madeUp);
        }
        return diagnostics;
    }

    /** A JSON value of {@code value}, or null now and then. */
    JsonElement orNull(JsonElement value) {
        return random.nextInt(30) == 0 ? JsonNull.INSTANCE : value;
    }

    /** A query for workspace symbols. */
    JsonPrimitive query() {
        List<String> queries = List.of("", "HV", "Web01", "😀", ".", "*");
        return new JsonPrimitive(queries.get(random.nextInt(queries.size())));
    }
}
