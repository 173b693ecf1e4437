// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's shares of today's Hyper-V (VLAN tenants X-3, WinNAT X-1, SET X-6, port ACLs X-7 and guards X-4): at 0
 * the classic text is unchanged; with shares the model validates without errors and every expectation it writes holds.
 */
class TodaysSharesTest {

    /**
     * Every share of the "after" benchmark; 200 hosts: four physical networks (the fourth without internet), eight
     * sampled hosts, which with seed 7 use every feature between them (the expectations test checks that each is sampled).
     */
    static final GeneratorSettings EVERY_SHARE = new GeneratorSettings(200, 8, 7, new TodaysShares(30, 10, 20, 20));

    @TempDir
    Path dir;

    @Test
    void zeroSharesWriteTheClassicTextByteForByte() throws NoSuchAlgorithmException {
        // SHA-256 of the text written before the shares existed: benchmark baselines and goldens rely on it
        assertEquals("a8cc69f3f5e0928f3ff04b46c6a4a1df14168013a1e4628a0b90e02d893e9dc0",
                sha256(TopologyGenerator.generate(new GeneratorSettings(120, 12, 1, TodaysShares.NONE))));
        assertEquals(TopologyGenerator.generate(new GeneratorSettings(40, 8, 7)),
                TopologyGenerator.generate(new GeneratorSettings(40, 8, 7, TodaysShares.NONE)));
    }

    @Test
    void sharesPickAboutTheirPercentageOfHostsAndWriteEveryFeature() {
        String text = TopologyGenerator.generate(new GeneratorSettings(400, 4, 3, new TodaysShares(30, 10, 20, 20)));
        int tenantHosts = count(text, "cable Lan\\d+, Lan\\d+T1, Lan\\d+T2 \\{ bind vswitch \\}\n    nic Management");
        int natHosts = count(text, "netnat LabNat prefix 172\\.16\\.0\\.0/24");
        int teams = count(text, "embedded-teaming");
        int aclHosts = count(text, "host H\\d+ platform hyperv-2016 \\{(?:\n    [^\n]*)*?\n        nic eth\\d mac \\S+ on External[^\n]* dhcp-guard");
        assertBetween(tenantHosts, 400 * 30 / 100, "hosts with VLAN tenants");
        assertBetween(natHosts, 400 * 10 / 100, "hosts with WinNAT");
        assertBetween(teams, 400 * 20 / 100, "hosts with a Switch Embedded Team");
        assertTrue(aclHosts > 400 * 20 / 200, () -> aclHosts + " hosts with ACLs");
        assertTrue(count(text, "vlan trunk 101, 102 native 10[12]") > 0, "a trunk port");
        assertTrue(count(text, "vlan access 10[12]") > 0, "access ports of the tenants");
        assertTrue(count(text, "acl allow in remote 192\\.168\\.0\\.2/32") > 0, "back-end ACLs");
        // a host with any feature is a Windows Server 2016+ host; the classic kinds stay for the others
        assertTrue(count(text, "platform hyperv-2016") >= Math.max(Math.max(tenantHosts, natHosts), teams));
        assertTrue(count(text, "platform hyperv-2008") > 0 && count(text, "platform virtual-server") > 0);
        assertEquals(0, count(text, "platform hyperv-2012 \\{(?:\n    [^\n]*)*?\n    netnat"), "WinNAT only on 2016+ hosts (V-11)");
    }

    @Test
    void everyShareValidatesWithoutErrorsAndItsExpectationsHold() throws IOException {
        String text = TopologyGenerator.generate(EVERY_SHARE);
        Path file = dir.resolve("today.hvnet");
        Files.writeString(file, text);
        CommandRun validate = CommandRun.of("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().matches("1 file checked: 0 errors, \\d+ warnings\n"), validate::toString);
        CommandRun check = CommandRun.of("check", file.toString());
        assertEquals(0, check.exitCode(), check::toString);
        long expectations = text.lines().filter(line -> line.startsWith("expect ")).count();
        assertTrue(check.out().contains(expectations + " passed, 0 failed"), () -> expectations + " expectations\n" + check);
        // the sample covers each feature: VLAN tenants, WinNAT out, the team's uplink, and both directions of the ACLs
        for (String feature : List.of("dhcp from Lan\\d+T[12]", "dropped T-3a", "dropped T-3\n", "eth0 -> 8\\.8\\.8\\.8 delivered",
                "\"vEthernet \\(External\\)\" dhcp from Lan", "eth0 -> 8\\.8\\.8\\.8 dropped X-7", "eth\\d -> \\S+\\.eth\\d dropped X-7",
                "eth\\d -> \\S+\\.eth\\d delivered")) {
            assertTrue(count(text, "\nexpect [^\n]*" + feature) > 0, () -> "an expectation of " + feature);
        }
    }

    @Test
    void sharesOutOfRangeAreRejectedNamingTheOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TodaysShares(0, 101, 0, 0));
        assertTrue(e.getMessage().contains("--nat-share"), e::getMessage);
        assertThrows(IllegalArgumentException.class, () -> new TodaysShares(-1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeneratorSettings(5, 5, 1, null));
    }

    private static void assertBetween(int actual, int expected, String what) {
        assertTrue(actual >= expected / 2 && actual <= expected * 2, () -> actual + " " + what + ", about " + expected + " expected");
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
