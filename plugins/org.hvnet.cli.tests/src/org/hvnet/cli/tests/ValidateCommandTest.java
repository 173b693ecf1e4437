// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.cli.sarif.SarifReport;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code hvnet validate}: rule findings in text, JSON (DSL.md) and SARIF 2.1.0; exit 1 on any error. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path duplicate() throws IOException {
        Path file = dir.resolve("lab.hvnet");
        Files.writeString(file, HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.validation.tests/cases/V6_DUPLICATE_ADDRESS.hvnet")));
        return file;
    }

    @Test
    void textListsFindingsOnStandardErrorAndExitsOne() throws IOException {
        Path file = duplicate();
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(file + ":6:42: ERROR: VM NIC HV01.B.eth0 has address 10.0.0.1, which VM NIC HV01.A.eth0 "
                + "already has in segment HV01.Lab. Give one of them another address. [V-6]\n"), run::toString);
        assertEquals("1 file checked: 1 error, 0 warnings\n", run.out(), run::toString);
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path file = dir.resolve("article.hvnet");
        Files.writeString(file, HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet")));
        CommandRun run = CommandRun.of("validate", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(List.of(file + ":13:9: WARNING: The static IPv4 settings of HV01.\"Local Area Connection\" (ipv4 static 192.168.1.10/24"
                + " gateway 192.168.1.1 dns 192.168.1.2) are lost when Hyper-V is installed: on Windows Server 2008 the new host vNIC uses"
                + " DHCP (I-2). Move the settings to the host vNIC that the install creates (quick fix), or mark the host"
                + " preserve-ip-on-install. [V-4]",
                file + ":29:38: WARNING: VM NIC HV01.Db01.eth0 uses DHCP on private switch HV01.Isolated, but no DHCP server is in its"
                + " segment: it will get an APIPA address (S-5, A-3). Give it a static address, or run a DHCP server in a VM on that"
                + " switch. [V-5]"), run.err().lines().toList());
    }

    @Test
    void jsonHasTheFieldsOfDslMd() throws IOException {
        Path file = duplicate();
        CommandRun run = CommandRun.of("validate", "--format", "json", file.toString());
        assertEquals(1, run.exitCode());
        JsonArray diagnostics = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("diagnostics");
        assertEquals(1, diagnostics.size(), run::toString);
        JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
        assertEquals("ERROR", diagnostic.get("severity").getAsString());
        assertEquals("V-6", diagnostic.get("rule").getAsString());
        assertEquals("HV01.B.eth0", diagnostic.get("element").getAsString());
        assertEquals(file.toString(), diagnostic.get("file").getAsString());
        assertEquals(6, diagnostic.get("line").getAsInt());
        assertEquals(42, diagnostic.get("column").getAsInt());
        assertEquals("VM NIC HV01.B.eth0 has address 10.0.0.1, which VM NIC HV01.A.eth0 already has in segment HV01.Lab. Give one of them another address.",
                diagnostic.get("message").getAsString());
    }

    @Test
    void sarifFollowsTheStructureOfSarif210() throws IOException {
        Path file = duplicate();
        CommandRun run = CommandRun.of("validate", "--format", "sarif", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", sarif.get("version").getAsString());
        assertEquals(SarifReport.SCHEMA, sarif.get("$schema").getAsString());
        JsonArray runs = sarif.getAsJsonArray("runs");
        assertEquals(1, runs.size());
        JsonObject driver = runs.get(0).getAsJsonObject().getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("hvnet", driver.get("name").getAsString());
        Set<String> ids = new HashSet<>();
        JsonArray rules = driver.getAsJsonArray("rules");
        for (JsonElement element : rules) {
            JsonObject rule = element.getAsJsonObject();
            assertTrue(ids.add(rule.get("id").getAsString()), () -> "rule id twice: " + rule);
            assertFalse(rule.getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
            assertFalse(rule.getAsJsonObject("help").get("text").getAsString().isBlank());
        }
        for (Rule rule : Rule.values()) {
            assertTrue(ids.contains(rule.id()), rule::id);
        }
        assertTrue(ids.contains("syntax"));
        JsonArray results = runs.get(0).getAsJsonObject().getAsJsonArray("results");
        assertEquals(1, results.size());
        JsonObject result = results.get(0).getAsJsonObject();
        assertEquals("V-6", result.get("ruleId").getAsString());
        assertEquals("V-6", rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
        assertEquals("error", result.get("level").getAsString());
        assertEquals("VM NIC HV01.B.eth0 has address 10.0.0.1, which VM NIC HV01.A.eth0 already has in segment HV01.Lab. Give one of them another address.",
                result.getAsJsonObject("message").get("text").getAsString());
        JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        // an absolute path outside the working directory: a relative URI against a base that originalUriBaseIds places
        JsonObject artifact = physical.getAsJsonObject("artifactLocation");
        assertEquals("lab.hvnet", artifact.get("uri").getAsString());
        assertEquals(dir.toUri().toString(), runs.get(0).getAsJsonObject().getAsJsonObject("originalUriBaseIds")
                .getAsJsonObject(artifact.get("uriBaseId").getAsString()).get("uri").getAsString());
        assertEquals(6, physical.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(42, physical.getAsJsonObject("region").get("startColumn").getAsInt());
    }

    @Test
    void sarifLevelsFollowSeverities() throws IOException {
        Path file = dir.resolve("article.hvnet");
        Files.writeString(file, HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet")));
        CommandRun run = CommandRun.of("validate", "--format", "sarif", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results");
        assertEquals(2, results.size());
        for (JsonElement result : results) {
            assertEquals("warning", result.getAsJsonObject().get("level").getAsString());
        }
    }
}
