// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.at;
import static org.hvnet.dsl.ide.tests.server.Json.didOpen;
import static org.hvnet.dsl.ide.tests.server.Json.errorCode;
import static org.hvnet.dsl.ide.tests.server.Json.object;
import static org.hvnet.dsl.ide.tests.server.Json.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The language server on the wire, as any LSP client meets it: unknown and unsupported requests, what it
 * advertises, a workspace it cannot fully read, positions and edits outside the text, its exit.
 */
class ProtocolTest {

    /** Every request the server implements, with the capability that advertises it. */
    private static final Map<String, String> ADVERTISED = Map.ofEntries(Map.entry("textDocument/completion", "completionProvider"),
            Map.entry("textDocument/hover", "hoverProvider"), Map.entry("textDocument/definition", "definitionProvider"),
            Map.entry("textDocument/references", "referencesProvider"),
            Map.entry("textDocument/documentHighlight", "documentHighlightProvider"),
            Map.entry("textDocument/documentSymbol", "documentSymbolProvider"), Map.entry("textDocument/codeAction", "codeActionProvider"),
            Map.entry("textDocument/formatting", "documentFormattingProvider"),
            Map.entry("textDocument/rangeFormatting", "documentRangeFormattingProvider"), Map.entry("textDocument/rename", "renameProvider"),
            Map.entry("textDocument/prepareRename", "renameProvider"), Map.entry("textDocument/foldingRange", "foldingRangeProvider"),
            Map.entry("textDocument/semanticTokens/full", "semanticTokensProvider"), Map.entry("workspace/symbol", "workspaceSymbolProvider"));

    private static final String LAB = """
            topology T
            network Corp { }
            host HV01 platform hyperv-2016 {
                nic NIC1 cable Corp
                switch Lab internal
                vm Web01 { nic eth0 on Lab }
            }
            """;

    @TempDir
    Path workspace;

    private static JsonObject clientCapabilities() {
        return object("textDocument", object("rename", object("prepareSupport", true), "documentSymbol",
                object("hierarchicalDocumentSymbolSupport", true)));
    }

    private String open(LspWire wire, String name, String text) throws Exception {
        Path file = Files.writeString(workspace.resolve(name), text);
        String uri = Json.uri(file);
        wire.notify("textDocument/didOpen", didOpen(uri, 1, text));
        return uri;
    }

    @Test
    void anUnknownMethodAnswersMethodNotFoundWithoutAJavaException() {
        try (LspWire wire = LspWire.initialized(workspace, clientCapabilities())) {
            JsonObject answer = wire.request("hvnet/noSuchMethod", object("anything", 1));
            assertEquals(-32601, errorCode(answer), answer::toString);
            String error = answer.get("error").toString();
            assertFalse(error.contains("Exception") || error.contains("\\tat ") || error.contains("java."), error);
        }
    }

    @Test
    void everyLspRequestIsAdvertisedAndAnsweredOrAnswersMethodNotFound() {
        try (LspWire wire = LspWire.initialized(workspace, clientCapabilities())) {
            JsonObject capabilities = wire.initializeResult().getAsJsonObject("capabilities");
            ADVERTISED.forEach((method, capability) -> assertTrue(capabilities.has(capability)
                    && !"false".equals(capabilities.get(capability).toString()), method + " is implemented but " + capability + " is not advertised"));
            assertTrue(capabilities.getAsJsonObject("renameProvider").get("prepareProvider").getAsBoolean());
            assertFalse(capabilities.has("signatureHelpProvider"), "signature help is not implemented");
            assertFalse(capabilities.has("executeCommandProvider"), "the server has no commands");
            List<String> unsupported = new ArrayList<>();
            for (Map.Entry<String, JsonRpcMethod> method : ServiceEndpoints.getSupportedMethods(LanguageServer.class).entrySet()) {
                String name = method.getKey();
                if (method.getValue().isNotification() || ADVERTISED.containsKey(name) || name.equals("initialize") || name.equals("shutdown")) {
                    continue;
                }
                unsupported.add(name);
                JsonObject answer = wire.request(name, at("file:///nowhere.hvnet", 0, 0));
                assertEquals(-32601, errorCode(answer), () -> name + " answered " + answer);
            }
            assertTrue(unsupported.containsAll(List.of("textDocument/signatureHelp", "textDocument/implementation",
                    "textDocument/onTypeFormatting", "codeLens/resolve", "workspace/executeCommand")), unsupported::toString);
        }
    }

    @Test
    void saysWhoItIs() {
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            JsonObject serverInfo = wire.initializeResult().getAsJsonObject("serverInfo");
            assertEquals("hvnet", serverInfo.get("name").getAsString());
            assertTrue(serverInfo.get("version").getAsString().matches("\\d+\\.\\d+\\.\\d+.*"), serverInfo::toString);
        }
    }

    @Test
    void initializeAnswersWhenTheWorkspaceHoldsASymbolicLinkLoopAndAFifo() throws Exception {
        Files.writeString(workspace.resolve("lab.hvnet"), LAB.replace("on Lab", "on Lba"));
        Files.createSymbolicLink(workspace.resolve("loop"), workspace);
        Path nested = Files.createDirectories(workspace.resolve("nested"));
        Files.createSymbolicLink(nested.resolve("up"), workspace);
        Process mkfifo = new ProcessBuilder("mkfifo", workspace.resolve("pipe.hvnet").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            List<String> logged = new ArrayList<>();
            JsonObject diagnostics = wire.awaitNotification(message -> {
                if ("window/logMessage".equals(message.get("method").getAsString())) {
                    logged.add(message.getAsJsonObject("params").get("message").getAsString());
                }
                return "textDocument/publishDiagnostics".equals(message.get("method").getAsString())
                        && message.getAsJsonObject("params").get("uri").getAsString().endsWith("/lab.hvnet");
            }, "diagnostics of lab.hvnet");
            assertEquals("no switch 'Lba' on host HV01",
                    diagnostics.getAsJsonObject("params").getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("message").getAsString());
            assertTrue(logged.stream().anyMatch(line -> line.contains("pipe.hvnet") && line.contains("not a regular file")), logged::toString);
            assertTrue(logged.stream().anyMatch(line -> line.contains("symbolic link loop")), logged::toString);
        }
    }

    @Test
    void aFileOpenedWithoutAWorkspaceFolderIsServed() throws Exception {
        // VS Code with a single file and no folder open sends no rootUri and no workspace folders
        try (LspWire wire = LspWire.initialized(null, null)) {
            String uri = open(wire, "alone.hvnet", LAB.replace("on Lab", "on Lba"));
            JsonObject published = wire.awaitNotification(message -> "textDocument/publishDiagnostics".equals(message.get("method").getAsString())
                    && message.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0, "diagnostics of alone.hvnet");
            assertEquals(uri, published.getAsJsonObject("params").get("uri").getAsString());
            JsonObject hover = wire.request("textDocument/hover", at(uri, 5, LAB.lines().toList().get(5).indexOf("Web01") + 1));
            assertTrue(hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString().startsWith("VirtualMachine Web01"),
                    hover::toString);
        }
    }

    @Test
    void positionsPastTheEndOfALineMeanItsEnd() throws Exception {
        String text = """
                topology T
                host HV01 platform hyperv-2016 {
                    switch Lab internal
                    switch Isolated private
                    vm Web01 {
                        nic eth0 on\s
                    }
                }
                """;
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            String uri = open(wire, "clamp.hvnet", text);
            int end = text.lines().toList().get(5).length();
            List<String> atEnd = labels(wire.request("textDocument/completion", at(uri, 5, end)));
            assertEquals(List.of("Isolated", "Lab"), atEnd);
            assertEquals(atEnd, labels(wire.request("textDocument/completion", at(uri, 5, end + 200))));
            assertEquals(atEnd, labels(wire.request("textDocument/completion", at(uri, 5, Integer.MAX_VALUE))));
        }
    }

    private static List<String> labels(JsonObject completion) {
        JsonElement result = completion.get("result");
        JsonArray items = result.isJsonArray() ? result.getAsJsonArray() : result.getAsJsonObject().getAsJsonArray("items");
        List<String> labels = new ArrayList<>();
        items.forEach(item -> labels.add(item.getAsJsonObject().get("label").getAsString()));
        return labels.stream().sorted().toList();
    }

    @Test
    void aPositionPastTheLastLineIsAnErrorWithoutTheText() throws Exception {
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            String uri = open(wire, "past.hvnet", LAB);
            JsonObject answer = wire.request("textDocument/hover", at(uri, 40, 0));
            assertEquals(-32602, errorCode(answer), answer::toString);
            String message = answer.getAsJsonObject("error").get("message").getAsString();
            assertTrue(message.contains("line 40"), message);
            assertFalse(message.contains("HV01") || message.contains("topology"), message);
        }
    }

    @Test
    void anEditOutsideTheDocumentIsRefusedAndTheNextOneApplies() throws Exception {
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            String uri = open(wire, "edit.hvnet", LAB);
            wire.notify("textDocument/didChange", object("textDocument", object("uri", uri, "version", 2), "contentChanges",
                    List.of(object("range", range(1, 0, 1, 0), "text", "// first\n"), object("range", range(90, 0, 90, 3), "text", "x"))));
            JsonObject shown = wire.awaitNotification(message -> "window/showMessage".equals(message.get("method").getAsString()),
                    "a message about the refused edit");
            String message = shown.getAsJsonObject("params").get("message").getAsString();
            assertEquals(1, shown.getAsJsonObject("params").get("type").getAsInt(), "an error");
            assertTrue(message.contains("edit.hvnet") && message.contains("line 90"), message);
            assertFalse(message.contains("HV01") || message.contains("topology"), message);
            assertEquals(LAB, ServerDocuments.text(wire, uri), "a refused change leaves the text as it was, all of it");
            wire.notify("textDocument/didChange", object("textDocument", object("uri", uri, "version", 3), "contentChanges",
                    List.of(object("range", range(1, 0, 1, 400), "text", "network Office { }"))));
            assertEquals(LAB.replace("network Corp { }", "network Office { }"), ServerDocuments.text(wire, uri));
        }
    }

    @Test
    void syntaxErrorsCarryTheCodeSyntax() throws Exception {
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            open(wire, "broken.hvnet", "topology T\nhost HV01 platform hyperv-2008 {\n    swtich Lab internal\n}\n");
            JsonObject published = wire.awaitNotification(message -> "textDocument/publishDiagnostics".equals(message.get("method").getAsString())
                    && message.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0, "diagnostics of broken.hvnet");
            JsonArray diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics");
            for (JsonElement diagnostic : diagnostics) {
                assertEquals("syntax", diagnostic.getAsJsonObject().get("code").getAsString(), diagnostics::toString);
            }
        }
    }

    @Test
    void exitEndsTheConnectionWithTheCodeLspAsksFor() throws Exception {
        LspWire polite = LspWire.initialized(workspace, null);
        assertNull(errorCode(polite.request("shutdown", null)));
        polite.notify("exit", null);
        assertEquals(0, polite.exitCode().get(LspWire.PATIENCE_SECONDS, TimeUnit.SECONDS));
        LspWire abrupt = LspWire.initialized(workspace, null);
        abrupt.notify("exit", null);
        assertEquals(1, abrupt.exitCode().get(LspWire.PATIENCE_SECONDS, TimeUnit.SECONDS));
    }
}
