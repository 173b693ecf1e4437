// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code validate --format json}: exactly one JSON document with the fields of DSL.md. */
class ValidateJsonTest {

    @TempDir
    Path dir;

    @Test
    void syntaxAndLinkDiagnosticsHaveEveryField() throws IOException {
        Path file = dir.resolve("lab.hvnet");
        Files.writeString(file, """
                topology Lab
                network Office { subnet 192.168.1.0/24 }
                host HV01 platform hyperv-2008 {
                    nic eth0 cable Ofice
                }
                """);
        CommandRun run = CommandRun.of("validate", "--format", "json", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray diagnostics = document.getAsJsonArray("diagnostics");
        JsonObject link = null;
        for (var element : diagnostics) {
            if (element.getAsJsonObject().get("rule").getAsString().equals("link")) {
                link = element.getAsJsonObject();
            }
        }
        assertTrue(link != null, run::toString);
        assertEquals("ERROR", link.get("severity").getAsString());
        assertEquals(file.toString(), link.get("file").getAsString());
        assertEquals(4, link.get("line").getAsInt());
        assertEquals(20, link.get("column").getAsInt());
        assertEquals("no network 'Ofice'", link.get("message").getAsString(), link::toString);
        assertTrue(link.has("element"));
    }

    @Test
    void cleanFileGivesEmptyDiagnostics() throws IOException {
        Path file = dir.resolve("ok.hvnet");
        Files.writeString(file, "topology Ok\nnetwork N { subnet 10.0.0.0/24 }\n");
        CommandRun run = CommandRun.of("validate", "--format", "json", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(0, JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("diagnostics").size());
    }

    @Test
    void directoryLoadsEveryFileWithNamesAcrossFiles() throws IOException {
        Files.writeString(dir.resolve("a-networks.hvnet"), "topology Nets\nnetwork Office { subnet 10.0.0.0/24 }\n");
        Files.writeString(dir.resolve("b-hosts.hvnet"), "topology Hosts\nhost H platform hyperv-2012 { nic eth0 cable Office }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a model");
        CommandRun run = CommandRun.of("validate", dir.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("2 files checked: 0 errors, 0 warnings\n", run.out(), run::toString);
    }
}
