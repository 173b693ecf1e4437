// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.at;
import static org.hvnet.dsl.ide.tests.server.Json.didOpen;
import static org.hvnet.dsl.ide.tests.server.Json.document;
import static org.hvnet.dsl.ide.tests.server.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.SymbolKind;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the language server answers about the article's lab, as the workbench's editor shows it: hovers with the
 * rule's help and the simulated addresses, semantic tokens, document symbols with their kinds and details, folding.
 */
class LanguageFeaturesTest {

    @TempDir
    Path workspace;

    private LspWire wire;
    private String uri;
    private List<String> lines;

    @BeforeEach
    void openTheArticle() throws Exception {
        String text = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
        lines = text.lines().toList();
        Path file = Files.writeString(workspace.resolve("article.hvnet"), text);
        uri = Json.uri(file);
        wire = LspWire.initialized(workspace, object("textDocument", object("documentSymbol", object("hierarchicalDocumentSymbolSupport", true))));
        wire.notify("textDocument/didOpen", didOpen(uri, 1, text));
        wire.awaitNotification(message -> "textDocument/publishDiagnostics".equals(message.get("method").getAsString())
                && message.getAsJsonObject("params").get("uri").getAsString().equals(uri)
                && message.getAsJsonObject("params").getAsJsonArray("diagnostics").size() > 0, "the article's diagnostics");
    }

    @AfterEach
    void close() {
        wire.close();
    }

    private int line(String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private JsonElement hover(int line, int character) {
        JsonObject answer = wire.request("textDocument/hover", at(uri, line, character));
        assertFalse(answer.has("error"), answer::toString);
        return answer.get("result");
    }

    @Test
    void hoverOnAVmShowsItsSimulatedAddressAsTheWorkbenchDoes() {
        int line = line("vm Web01");
        int character = lines.get(line).indexOf("Web01") + 2;
        JsonObject hover = hover(line, character).getAsJsonObject();
        assertEquals("VirtualMachine Web01\n    Web01.eth0  10.0.0.100/24  (dhcp from DC01)", hover.getAsJsonObject("contents").get("value").getAsString());
        assertEquals(Json.range(line, character - 2, line, character + 3), hover.get("range"));
    }

    @Test
    void hoverOnAFindingShowsTheRulesHelp() {
        int line = line("ipv4 static 192.168.1.10/24");
        JsonObject hover = hover(line, lines.get(line).indexOf("ipv4") + 2).getAsJsonObject();
        assertEquals("V-4: Static IPv4 settings of a NIC that the planned Hyper-V install uses are lost. Move the settings to the host vNIC"
                + " that the install creates (quick fix), or mark the host preserve-ip-on-install.",
                hover.getAsJsonObject("contents").get("value").getAsString());
    }

    @Test
    void hoverOnNothingIsNull() {
        assertTrue(hover(line("topology") + 1, 0).isJsonNull(), "an empty line");
        int host = line("host HV01");
        assertTrue(hover(host, lines.get(host).indexOf("platform") + 2).isJsonNull(), "a keyword");
    }

    @Test
    void semanticTokensColourNamesByKindAndTheLexicalTokens() {
        JsonObject legend = wire.initializeResult().getAsJsonObject("capabilities").getAsJsonObject("semanticTokensProvider")
                .getAsJsonObject("legend");
        List<String> types = strings(legend.getAsJsonArray("tokenTypes"));
        List<String> modifiers = strings(legend.getAsJsonArray("tokenModifiers"));
        JsonArray data = wire.request("textDocument/semanticTokens/full", object("textDocument", document(uri)))
                .getAsJsonObject("result").getAsJsonArray("data");
        List<String> tokens = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (int i = 0; i < data.size(); i += 5) {
            int deltaLine = data.get(i).getAsInt();
            line += deltaLine;
            character = deltaLine == 0 ? character + data.get(i + 1).getAsInt() : data.get(i + 1).getAsInt();
            int length = data.get(i + 2).getAsInt();
            assertTrue(character + length <= lines.get(line).length(), "a token stays within its line");
            String text = lines.get(line).substring(character, character + length);
            int bits = data.get(i + 4).getAsInt();
            String declaration = (bits & (1 << modifiers.indexOf("declaration"))) != 0 ? " declaration" : "";
            tokens.add(line + ":" + text + "=" + types.get(data.get(i + 3).getAsInt()) + declaration);
        }
        int host = line("host HV01");
        int web = line("vm Web01");
        int db = line("vm Db01");
        int nic = line("nic \"Local Area Connection\"");
        assertTrue(tokens.containsAll(List.of(host + ":host=keyword", host + ":HV01=class declaration", web + ":Web01=variable declaration",
                web + ":Lab=enum", db + ":Isolated=interface", nic + ":\"Local Area Connection\"=property declaration",
                nic + ":Office=namespace", nic + ":00-1A-2B-3C-4D-5E=number", line("network Office") + ":Office=namespace declaration",
                line("router") + ":// a router on this LAN; 'internet' = default route out=comment")), tokens::toString);
        assertFalse(tokens.contains(nic + ":\"Local Area Connection\"=string"), "a quoted name is a name, not a string");
    }

    @Test
    void documentSymbolsHaveKindsAndDetails() {
        JsonArray result = wire.request("textDocument/documentSymbol", object("textDocument", document(uri))).getAsJsonArray("result");
        List<String> symbols = new ArrayList<>();
        collect(result, symbols);
        assertTrue(symbols.containsAll(List.of("Office Namespace 192.168.1.0/24", "HV01 Class hyperv-2008",
                "HV01.Lab Struct internal", "HV01.Isolated Struct private", "Web01 Object ", "Web01.eth0 Interface on Lab",
                "HV01.Local Area Connection Interface cable Office")), symbols::toString);
        assertTrue(symbols.stream().noneMatch(symbol -> symbol.contains(" Property ")), symbols::toString);
    }

    private static void collect(JsonArray symbols, List<String> into) {
        for (JsonElement element : symbols) {
            JsonObject symbol = element.getAsJsonObject();
            String detail = symbol.has("detail") ? symbol.get("detail").getAsString() : "";
            into.add(symbol.get("name").getAsString() + " " + SymbolKind.forValue(symbol.get("kind").getAsInt()) + " " + detail);
            if (symbol.has("children")) {
                collect(symbol.getAsJsonArray("children"), into);
            }
        }
    }

    @Test
    void foldingRangesCoverTheBlocks() {
        JsonArray ranges = wire.request("textDocument/foldingRange", object("textDocument", document(uri))).getAsJsonArray("result");
        List<String> spans = new ArrayList<>();
        ranges.forEach(range -> spans.add(range.getAsJsonObject().get("startLine").getAsInt() + "-" + range.getAsJsonObject().get("endLine").getAsInt()));
        assertTrue(spans.containsAll(List.of(line("network Office") + "-" + (line("network Office") + 4),
                line("host HV01") + "-" + (lines.size() - 7), line("vm DC01") + "-" + (line("vm DC01") + 3))), spans::toString);
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.getAsString()));
        return strings;
    }
}
