// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code simulate --summary} on a generated data centre: totals and the findings grouped by rule instead of one line
 * per finding and one row per interface; the same counts as the full report.
 */
class SimulateSummaryTest {

    @TempDir
    Path dir;

    @Test
    void summaryGroupsTheFindingsByRuleAndCountsTheAddresses() throws IOException {
        Path file = dir.resolve("dc.hvnet");
        assertEquals(0, CommandRun.of("generate", "--hosts", "40", "--vms-per-host", "10", "-o", file.toString()).exitCode());
        CommandRun full = CommandRun.of("simulate", file.toString());
        CommandRun summary = CommandRun.of("simulate", file.toString(), "--summary");
        assertEquals(full.exitCode(), summary.exitCode(), summary::toString);
        assertEquals("", summary.err(), summary::toString);
        long findings = full.out().lines().filter(line -> line.matches("  .*\\.hvnet:\\d+:\\d+: (ERROR|WARNING|INFO): .*")).count();
        assertTrue(findings > 3, "the generated model has findings to group");
        String text = summary.out();
        assertTrue(text.contains("  by rule, errors first"), text);
        assertTrue(text.contains("  V-5  WARNING  " + findings + "  "), text);
        assertTrue(text.contains("      and " + (findings - 3) + " more"), text);
        assertTrue(text.lines().count() < 40, () -> "a screenful, not " + text.lines().count() + " lines");
        assertFalse(text.contains("INTERFACE  "), "no address table");
        JsonObject json = JsonParser.parseString(CommandRun.of("simulate", file.toString(), "--json").out()).getAsJsonObject();
        int interfaces = json.getAsJsonArray("interfaces").size();
        assertTrue(text.contains("  " + interfaces + " interfaces: "), text);
        String reachability = full.out().substring(full.out().indexOf("Reachability (rule T-8):"), full.out().indexOf("Expectations:"));
        assertTrue(text.contains(reachability), "the same reachability totals");
        assertTrue(text.endsWith(full.out().lines().reduce((a, b) -> b).orElseThrow() + "\n"), "the same expectation counts");
    }
}
