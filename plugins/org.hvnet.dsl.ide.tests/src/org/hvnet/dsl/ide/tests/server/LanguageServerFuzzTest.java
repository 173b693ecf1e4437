// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.at;
import static org.hvnet.dsl.ide.tests.server.Json.document;
import static org.hvnet.dsl.ide.tests.server.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Fuzzes a real language server on the wire, as the parser is fuzzed: seeded and deterministic (system properties
 * {@code hvnet.lspFuzz.seed}, {@code hvnet.lspFuzz.steps} and {@code hvnet.lspFuzz.cutStride} make longer runs).
 * Every request gets, within {@link LspWire#PATIENCE_SECONDS}, a result or a proper JSON-RPC error (never an
 * internal error; an unknown method's is {@code MethodNotFound}); the server stays alive; and after every edit the
 * server's text of the document is the client's, a refused edit being one the user was told about.
 */
class LanguageServerFuzzTest {

    private static final long SEED = Long.getLong("hvnet.lspFuzz.seed", 20261207L);
    private static final int STEPS = Integer.getInteger("hvnet.lspFuzz.steps", 2000);
    private static final int CUT_STRIDE = Integer.getInteger("hvnet.lspFuzz.cutStride", 9);

    @TempDir
    Path workspace;

    private static List<String> sources() {
        List<String> sources = new ArrayList<>();
        HvnetTestFiles.examples().forEach(file -> sources.add(HvnetTestFiles.read(file)));
        sources.add(HvnetTestFiles.todaysHyperV());
        return sources;
    }

    private static JsonObject capabilities() {
        return object("textDocument", object("rename", object("prepareSupport", true), "documentSymbol",
                object("hierarchicalDocumentSymbolSupport", true)), "workspace", object("workspaceEdit", object("documentChanges", true)));
    }

    @Test
    void randomAndMutatedRequestsGetWellFormedAnswersAndEditsKeepTheClientsText() throws Exception {
        RandomLsp random = new RandomLsp(SEED);
        List<String> sources = sources();
        try (LspWire wire = LspWire.initialized(workspace, capabilities())) {
            FuzzedDocument fuzzed = FuzzedDocument.open(wire, workspace.resolve("fuzzed.hvnet"), sources.get(0));
            for (int step = 0; step < STEPS; step++) {
                String source = sources.get(random.random().nextInt(sources.size()));
                StringBuilder what = new StringBuilder();
                try {
                    step(wire, fuzzed, random, source, what);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + SEED + ", step " + step + " (" + what + "): " + e.getMessage() + "\n--- client's text\n"
                            + fuzzed.client().text(), e);
                }
            }
            assertTrue(wire.request("textDocument/documentSymbol", object("textDocument", document(fuzzed.uri()))).has("result"),
                    "the server is alive after " + STEPS + " steps");
        }
    }

    /** One random step; {@code what} says what it does, for the message of a failure. */
    private static void step(LspWire wire, FuzzedDocument fuzzed, RandomLsp random, String source, StringBuilder what) throws Exception {
        ClientDocument client = fuzzed.client();
        int roll = random.random().nextInt(100);
        if (roll < 30) {
            List<ClientDocument.Change> changes = new ArrayList<>();
            for (int i = random.random().nextInt(3); i >= 0; i--) {
                changes.add(random.change(client, source));
            }
            what.append("didChange ").append(changes);
            fuzzed.change(changes);
            return;
        }
        int line = random.line(client);
        int character = random.character(client, line);
        String method;
        JsonElement params;
        if (roll < 55) {
            method = RandomLsp.AT_POSITION.get(random.random().nextInt(RandomLsp.AT_POSITION.size()));
            params = at(fuzzed.uri(), line, character);
        } else if (roll < 65) {
            method = RandomLsp.ON_DOCUMENT.get(random.random().nextInt(RandomLsp.ON_DOCUMENT.size()));
            params = object("textDocument", document(fuzzed.uri()), "options", object("tabSize", 4, "insertSpaces", true));
        } else if (roll < 72) {
            method = "textDocument/codeAction";
            params = object("textDocument", document(fuzzed.uri()), "range", Json.range(line, character, line, character), "context",
                    object("diagnostics", random.diagnostics(client, fuzzed.published())));
        } else if (roll < 77) {
            method = "textDocument/rename";
            params = object("textDocument", document(fuzzed.uri()), "position", Json.position(line, character), "newName", random.newName());
        } else if (roll < 80) {
            method = "textDocument/rangeFormatting";
            params = object("textDocument", document(fuzzed.uri()), "range", Json.range(line, character, random.line(client), 0), "options",
                    object("tabSize", 4, "insertSpaces", true));
        } else if (roll < 83) {
            method = "workspace/symbol";
            params = object("query", random.query());
        } else if (roll < 86) {
            String notification = random.notification();
            JsonElement garbage = random.badParams(fuzzed.uri());
            what.append(notification).append(" (notification) ").append(garbage).append(", then the document reopened");
            wire.notify(notification, garbage);
            fuzzed.reopen();
            return;
        } else if (roll < 90) {
            method = random.unknownMethod();
            params = random.badParams(fuzzed.uri());
            what.append(method).append(" (unknown) ").append(params);
            JsonObject answer = wire.request(method, params);
            assertEquals(-32601, Json.errorCode(answer), () -> method + " answered " + answer);
            return;
        } else {
            List<String> known = new ArrayList<>(RandomLsp.AT_POSITION);
            known.addAll(RandomLsp.ON_DOCUMENT);
            known.addAll(List.of("textDocument/codeAction", "textDocument/rename", "workspace/symbol"));
            method = known.get(random.random().nextInt(known.size()));
            params = random.badParams(fuzzed.uri());
        }
        JsonElement sent = random.orNull(params);
        what.append(method).append(' ').append(sent);
        JsonObject answer = wire.request(method, sent);
        assertWellFormed(method, answer);
        if (answer.has("result") && answer.get("result").isJsonArray() && (method.endsWith("codeAction") || method.endsWith("ormatting"))) {
            fuzzed.assertEditsInside(answer.getAsJsonArray("result"));
        }
    }

    /** A result, or an error with a code and a message that is not an internal error. */
    static void assertWellFormed(String method, JsonObject answer) {
        assertTrue(answer.has("result") != answer.has("error"), () -> method + ": neither result nor error in " + answer);
        if (answer.has("error")) {
            JsonObject error = answer.getAsJsonObject("error");
            assertTrue(error.has("code") && error.get("code").getAsJsonPrimitive().isNumber() && error.has("message"), answer::toString);
            assertNotEquals(-32603, error.get("code").getAsInt(), () -> method + " failed inside the server: " + answer);
        }
    }

    @Test
    void everyPrefixOfTheExamplesGetsWellFormedAnswers() throws Exception {
        try (LspWire wire = LspWire.initialized(workspace, capabilities())) {
            FuzzedDocument fuzzed = FuzzedDocument.open(wire, workspace.resolve("typed.hvnet"), "");
            for (String source : sources()) {
                for (int cut = 0; cut <= source.length(); cut = cut == source.length() ? cut + 1 : Math.min(source.length(), cut + CUT_STRIDE)) {
                    String typed = source.substring(0, cut);
                    try {
                        fuzzed.change(List.of(new ClientDocument.Change(0, 0, 0, 0, typed, true)));
                        int line = fuzzed.client().lineCount() - 1;
                        int character = fuzzed.client().lineLength(line);
                        for (String method : List.of("textDocument/completion", "textDocument/hover", "textDocument/definition")) {
                            assertWellFormed(method, wire.request(method, at(fuzzed.uri(), line, character)));
                        }
                        for (String method : List.of("textDocument/documentSymbol", "textDocument/semanticTokens/full",
                                "textDocument/foldingRange")) {
                            assertWellFormed(method, wire.request(method, object("textDocument", document(fuzzed.uri()))));
                        }
                    } catch (AssertionError | RuntimeException e) {
                        throw new AssertionError("the text cut at " + cut + ": " + e.getMessage() + "\n--- text\n" + typed, e);
                    }
                }
            }
        }
    }
}
