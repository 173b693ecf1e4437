// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code hvnet import} as a command: its JSON document, its warnings on standard error, its exit codes on bad input. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theJsonDocumentHasTheTopologyTheWarningsAndWhatWasUnderstoodOfEachHost() {
        CommandRun run = ImportRuns.run("2016-nat-switch.json 2019-set-vlans", "--json", "-o", dir.resolve("lab.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("lab", json.get("topology").getAsString());
        assertEquals(dir.resolve("lab.hvnet").toString(), json.get("output").getAsString());
        JsonObject warning = json.getAsJsonArray("warnings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(w -> w.get("message").getAsString().contains("reports 2 IPv4 addresses")).findFirst().orElseThrow();
        assertEquals("Get-VMNetworkAdapter", warning.get("source").getAsString());
        assertEquals("TRUNK-RTR.Trunk", warning.get("item").getAsString());
        JsonArray hosts = json.getAsJsonArray("hosts");
        assertEquals(2, hosts.size());
        JsonObject nat = hosts.get(0).getAsJsonObject();
        assertEquals("HV16-NAT", nat.get("name").getAsString());
        assertEquals("hyperv-2016", nat.get("platform").getAsString());
        JsonObject natSwitch = nat.getAsJsonArray("switches").get(0).getAsJsonObject();
        assertEquals(List.of("NATSwitch", "internal", "192.168.100.0/24"), List.of(natSwitch.get("name").getAsString(),
                natSwitch.get("kind").getAsString(), natSwitch.get("netnat").getAsString()));
        JsonObject set = hosts.get(1).getAsJsonObject().getAsJsonArray("switches").get(0).getAsJsonObject();
        assertEquals("external", set.get("kind").getAsString());
        assertEquals(List.of("SLOT 2 Port 1", "SLOT 2 Port 2"), set.getAsJsonArray("nics").asList().stream().map(e -> e.getAsString()).toList());
        assertTrue(set.get("netnat").isJsonNull());
    }

    @Test
    void aMissingKeysWarningIsOnStandardErrorEvenWithJson() {
        CommandRun run = ImportRuns.run("acls-and-guards.json", "--json");
        assertEquals(0, run.exitCode(), run::toString);
        String file = Inventories.fixture("acls-and-guards.json").toString();
        assertTrue(run.err().contains(file + ": warning: Get-NetIPAddress is missing: the model lacks the host's IP addresses"), run::toString);
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertTrue(json.get("text").getAsString().startsWith("topology \"HV19-EDGE\"\n"), "without -o the .hvnet text is in the document");
        assertTrue(json.getAsJsonArray("warnings").asList().stream().anyMatch(w -> w.getAsJsonObject().get("source").getAsString()
                .equals("Get-NetIPAddress")), run::toString);
    }

    @Test
    void withoutOutputTheTopologyGoesToStandardOutput() {
        CommandRun run = ImportRuns.run("estate/HV-A.json");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("topology \"HV-A\"\n\nnetwork \"10.1.0.0/24\" {"), run::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad/truncated.json", "bad/other-tool.json", "bad/exported.xml", "bad/export-csv.json", "bad/format-table.txt",
            "bad/empty.json", "bad/two-documents.json", "bad/Get-VMSwitch.json", "no-such-inventory.json"})
    void anUnreadableInventoryFailsTheWholeImportAndWritesNothing(String bad) throws IOException {
        Path out = dir.resolve("estate.hvnet");
        Files.writeString(out, "topology Before\n");
        CommandRun run = ImportRuns.run("estate/HV-A.json " + bad, "-o", out.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(Inventories.fixture(bad) + (bad.equals("bad/truncated.json") ? ":414:30: error: " : "")), run::toString);
        assertTrue(run.err().contains("error: "), run::toString);
        assertEquals("topology Before\n", Files.readString(out), "the output file is left as it was");
        assertEquals(List.of("estate.hvnet"), Files.list(dir).map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        assertFalse(run.out().contains("topology"), run::toString);
    }

    @Test
    void aHostWithoutHyperVOrWithUnknownEnumerationsIsImportedWithWarningsNamingTheKey() {
        CommandRun noHyperV = ImportRuns.run("bad/no-hyperv.json", "-o", dir.resolve("plain.hvnet").toString());
        assertEquals(0, noHyperV.exitCode(), noHyperV::toString);
        assertTrue(noHyperV.err().contains("no-hyperv.json: warning: no output of Get-VMHost, Get-VMSwitch"), noHyperV::toString);
        CommandRun enums = ImportRuns.run("bad/unknown-enums.json", "-o", dir.resolve("enums.hvnet").toString());
        assertEquals(0, enums.exitCode(), enums::toString);
        assertTrue(enums.err().contains("unknown-enums.json:$[\"Get-NetIPAddress\"][0].PrefixOrigin: warning: PrefixOrigin 9 is not a value"),
                enums::toString);
        assertEquals(0, CommandRun.of("validate", dir.resolve("enums.hvnet").toString()).exitCode());
    }

    @Test
    void noInventoryIsBadUsage() {
        CommandRun run = CommandRun.of("import");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("usage: hvnet import INVENTORY... [-o OUT.hvnet] [--json]"), run::toString);
    }
}
