// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code hvnet reach FILES --summary [--json]} and the reachability section of {@code hvnet simulate} (rule T-8):
 * exit codes, the JSON shape, and totals that agree with the matrix {@code hvnet reach --json} prints.
 */
class ReachSummaryCommandTest {

    private static final Pattern TOTALS = Pattern.compile("(\\d+) endpoints, (\\d+) ordered pairs, (\\d+) reachable");

    @TempDir
    Path dir;

    private static String example(String name) {
        return HvnetTestFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }

    private static JsonObject json(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode(), run::toString);
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @ParameterizedTest
    @ValueSource(strings = { "article.hvnet", "vm-dhcp-behind-nat.hvnet", "" })
    void t8SummaryJsonAgreesWithTheMatrix(String file) {
        String input = example(file); // "" is the examples folder, one model
        JsonObject summary = json("reach", input, "--summary", "--json");
        JsonObject matrix = json("reach", input, "--json");
        JsonArray endpoints = matrix.getAsJsonArray("endpoints");
        JsonArray rows = matrix.getAsJsonArray("reachable");
        int n = endpoints.size();
        int internet = endpoints.asList().indexOf(JsonParser.parseString("\"internet\""));
        long reachable = 0;
        int reachInternet = 0;
        int reachNothing = 0;
        for (int i = 0; i < n; i++) {
            int reached = 0;
            for (int j = 0; j < n; j++) {
                reached += i != j && rows.get(i).getAsJsonArray().get(j).getAsBoolean() ? 1 : 0;
            }
            reachable += reached;
            reachNothing += reached == 0 ? 1 : 0;
            reachInternet += internet >= 0 && i != internet && rows.get(i).getAsJsonArray().get(internet).getAsBoolean() ? 1 : 0;
        }
        assertEquals(endpoints, summary.getAsJsonArray("endpoints"), "the same endpoints as the matrix, in its order");
        assertEquals(n, summary.get("endpointCount").getAsInt());
        assertEquals((long) n * (n - 1), summary.get("pairs").getAsLong());
        assertEquals(reachable, summary.get("reachablePairs").getAsLong(), summary::toString);
        assertEquals(reachInternet, summary.get("reachInternet").getAsInt(), summary::toString);
        assertEquals(reachNothing, summary.get("reachNothing").getAsInt(), summary::toString);
        int members = 0;
        for (JsonElement element : summary.getAsJsonArray("groups")) {
            JsonObject group = element.getAsJsonObject();
            members += group.get("members").getAsInt();
            assertTrue(endpoints.contains(group.get("endpoint")), group::toString);
        }
        assertEquals(n, members, "every endpoint is in one group");
    }

    @Test
    void t8SummaryJsonShape() {
        JsonObject summary = json("reach", example("article.hvnet"), "--summary", "--json");
        for (String field : new String[] { "endpoints", "reaches", "endpointCount", "pairs", "reachablePairs", "reachInternet", "reachNothing", "sourceClasses",
                "destinationClasses", "walks", "groups" }) {
            assertTrue(summary.has(field), () -> field + " missing in " + summary);
        }
        JsonArray groups = summary.getAsJsonArray("groups");
        assertEquals(summary.get("sourceClasses").getAsInt(), groups.size());
        for (JsonElement element : groups) {
            JsonObject group = element.getAsJsonObject();
            assertTrue(group.get("endpoint").isJsonPrimitive() && group.get("members").getAsInt() > 0, group::toString);
            assertTrue(group.get("reaches").getAsInt() <= group.get("reachesMost").getAsInt(), group::toString);
            assertTrue(group.get("internet").getAsJsonPrimitive().isBoolean(), group::toString);
        }
        // the isolated lead: Db01 on the private switch reaches nothing (A-3, T-8)
        assertEquals("Db01.eth0", groups.get(0).getAsJsonObject().get("endpoint").getAsString());
        assertEquals(0, groups.get(0).getAsJsonObject().get("reachesMost").getAsInt());
    }

    @Test
    void t8SummaryTextGivesTotalsThenGroups() {
        CommandRun run = CommandRun.of("reach", example("article.hvnet"), "--summary");
        assertEquals(0, run.exitCode(), run::toString);
        JsonObject summary = json("reach", example("article.hvnet"), "--summary", "--json");
        Matcher totals = TOTALS.matcher(run.out());
        assertTrue(totals.find(), run::toString);
        assertEquals(summary.get("endpointCount").getAsString(), totals.group(1));
        assertEquals(summary.get("pairs").getAsString(), totals.group(2));
        assertEquals(summary.get("reachablePairs").getAsString(), totals.group(3));
        assertTrue(run.out().startsWith("Reachability (rule T-8):"), run::toString);
        assertTrue(run.out().indexOf("Groups") > totals.end(), run::toString);
        for (JsonElement group : summary.getAsJsonArray("groups")) {
            assertTrue(run.out().contains(group.getAsJsonObject().get("endpoint").getAsString()), run::toString);
        }
    }

    @Test
    void plainReachStillPrintsTheMatrix() {
        CommandRun run = CommandRun.of("reach", example("article.hvnet"));
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("""
                HV01.Local Area Connection 4 reaches: HV01.Local Area Connection 3, DC01.eth0, Web01.eth0, internet
                HV01.Local Area Connection 3 reaches: HV01.Local Area Connection 4, DC01.eth0, Web01.eth0, internet
                DC01.eth0 reaches: HV01.Local Area Connection 4, HV01.Local Area Connection 3, Web01.eth0, internet
                Web01.eth0 reaches: HV01.Local Area Connection 4, HV01.Local Area Connection 3, DC01.eth0, internet
                Db01.eth0 reaches: nothing
                internet reaches: nothing
                """, run.out());
    }

    @Test
    void t8SummaryOfAModelWithErrorsExitsOne() throws IOException {
        Path file = dir.resolve("duplicates.hvnet");
        Files.writeString(file, """
                topology Duplicates
                host H platform hyperv-2012 {
                    switch L private
                    vm A { nic eth0 on L { ipv4 static 10.0.0.5/24 } }
                    vm B { nic eth0 on L { ipv4 static 10.0.0.5/24 } }
                }
                """);
        CommandRun run = CommandRun.of("reach", file.toString(), "--summary", "--json");
        assertEquals(1, run.exitCode(), run::toString); // rule V-6: a duplicate address in a segment is an error
        assertTrue(run.err().contains("V-6"), run::toString);
        JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(2, document.get("endpointCount").getAsInt(), run::toString);
        assertEquals("V-6", document.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("rule").getAsString(), run::toString);
    }

    @Test
    void unknownOptionExitsTwo() {
        CommandRun run = CommandRun.of("reach", example("article.hvnet"), "--summary", "--groups");
        assertEquals(2, run.exitCode(), run::toString);
    }

    @Test
    void t8SimulateReportsReachabilityTotalsAfterTheAddresses() {
        CommandRun run = CommandRun.of("simulate", example("article.hvnet"));
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        int addresses = out.indexOf("Addresses (rules A-1..A-5):");
        int reachability = out.indexOf("Reachability (rule T-8):");
        int expectations = out.indexOf("Expectations:");
        assertTrue(addresses >= 0 && addresses < reachability && reachability < expectations, out);
        Matcher totals = TOTALS.matcher(out.substring(reachability));
        assertTrue(totals.find(), out);
        assertEquals(json("reach", example("article.hvnet"), "--summary", "--json").get("reachablePairs").getAsString(), totals.group(3));
        assertFalse(out.contains("Groups ("), "simulate gives the totals, not the groups");
    }
}
