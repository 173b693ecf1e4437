// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import static org.hvnet.dsl.ide.tests.server.Json.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The language server publishes an edited open document's diagnostics twice: first at once after the quick
 * validation (syntax, links), with the rule findings of the previous validation moved along the edit; then with the
 * rules run again on the new text.
 */
class TwoPublicationsTest {

    private static final String LAB = """
            topology Lab
            network Lan { subnet 10.0.0.0/24 }
            host HV01 platform hyperv-2016 {
                nic eth0 cable Lan { ipv4 static 10.0.0.1/24 }
            }
            host HV02 platform hyperv-2016 {
                nic eth0 cable Lan { ipv4 static 10.0.0.1/24 }
            }
            host HV03 platform hyperv-2016 {
                nic eth0 cable Lan { ipv4 static 10.0.0.3/24 }
            }
            """;

    @TempDir
    Path workspace;

    private int version = 1;

    @Test
    void theFirstPublicationCarriesTheRuleFindingsMovedAlongTheSecondHasThemFound() throws Exception {
        Path file = workspace.resolve("lab.hvnet");
        Files.writeString(file, LAB);
        try (LspWire wire = LspWire.initialized(workspace, null)) {
            String uri = Json.uri(file);
            wire.notify("textDocument/didOpen", Json.didOpen(uri, version, LAB));
            List<List<String>> opened = publications(wire, uri);
            assertEquals(List.of("V-6@6:37"), opened.get(opened.size() - 1), "the rule finding, on HV02's address");

            // a comment line above: the finding moves one line down at once
            List<List<String>> commented = change(wire, uri, 2, 0, 2, 0, "// the hosts\n");
            assertEquals(List.of(List.of("V-6@7:37"), List.of("V-6@7:37")), commented);

            // HV03 takes the same address: its finding comes with the rules, the carried one at once
            List<List<String>> duplicated = change(wire, uri, 10, 44, 10, 45, "1");
            assertEquals(List.of(List.of("V-6@7:37"), List.of("V-6@10:37", "V-6@7:37")), duplicated);

            // HV02's address changed: its finding is left out at once (the edit touched it), HV03's stays
            List<List<String>> moved = change(wire, uri, 7, 44, 7, 45, "2");
            assertEquals(List.of(List.of("V-6@10:37"), List.of("V-6@10:37")), moved);

            // a syntax error comes in the first publication, with the rule findings the edit does not touch
            List<List<String>> broken = change(wire, uri, 0, 0, 0, 0, "host\n");
            assertEquals(2, broken.size(), broken::toString);
            assertTrue(broken.get(0).contains("V-6@11:37") && broken.get(0).stream().anyMatch(d -> d.startsWith("syntax@")), broken::toString);
            assertTrue(broken.get(1).stream().anyMatch(d -> d.startsWith("syntax@")), broken::toString);
        }
    }

    /** Sends one ranged change and returns what the server published for the document, in order. */
    private List<List<String>> change(LspWire wire, String uri, int startLine, int startCharacter, int endLine, int endCharacter, String text)
            throws Exception {
        version++;
        JsonArray changes = new JsonArray();
        changes.add(object("range", Json.range(startLine, startCharacter, endLine, endCharacter), "text", text));
        wire.notify("textDocument/didChange", object("textDocument", object("uri", uri, "version", version), "contentChanges", changes));
        return publications(wire, uri);
    }

    /** The diagnostics published for {@code uri} since the last call, once the server took the messages sent before. */
    private static List<List<String>> publications(LspWire wire, String uri) throws Exception {
        ServerDocuments.text(wire, uri);
        List<List<String>> publications = new ArrayList<>();
        for (JsonObject message : wire.takeNotifications()) {
            if (message.has("method") && message.get("method").getAsString().equals("textDocument/publishDiagnostics")
                    && message.getAsJsonObject("params").get("uri").getAsString().equals(uri)) {
                List<String> diagnostics = new ArrayList<>();
                for (JsonElement element : message.getAsJsonObject("params").getAsJsonArray("diagnostics")) {
                    JsonObject diagnostic = element.getAsJsonObject();
                    JsonObject start = diagnostic.getAsJsonObject("range").getAsJsonObject("start");
                    diagnostics.add(diagnostic.get("code").getAsString() + "@" + start.get("line").getAsInt() + ":"
                            + start.get("character").getAsInt());
                }
                diagnostics.sort(null);
                publications.add(diagnostics);
            }
        }
        return publications;
    }
}
