// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code hvnet diff}: every example paired with a hand-edited variant (a VM moved to another switch, a static address
 * removed, a switch turned private, the planned install), each with its exact expected report in
 * {@code plugins/org.hvnet.cli.tests/diff/}; a model against itself; exit codes; {@code --limit}; the JSON shape.
 * A report that differs is written to {@code target/diff-actual/} to review (and copy over when the change is intended).
 */
class DiffCommandTest {

    private static final Path REPORTS = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.cli.tests/diff");

    @TempDir
    Path dir;

    /** One hand edit of an example: the text replaced, and the name of its expected report. */
    private record Edit(String example, String report, String find, String replace) {
    }

    private static final List<Edit> EDITS = List.of(
            new Edit("article.hvnet", "article-web01-to-isolated", "vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Isolated"),
            new Edit("host-router.hvnet", "host-router-b2-static-removed",
                    "vm B2 { nic eth0 on Blue { ipv4 static 10.7.2.20/24 gateway 10.7.2.254 } }", "vm B2 { nic eth0 on Blue }"),
            new Edit("internal-apipa.hvnet", "internal-apipa-lab-private", "switch Lab internal", "switch Lab private"),
            new Edit("private-isolation.hvnet", "private-isolation-db03-to-front", "vm Db03 { nic eth0 on Backend",
                    "vm Db03 { nic eth0 on Front"),
            new Edit("two-hosts-shared-lan.hvnet", "two-hosts-shared-lan-static-removed",
                    "host-vnic \"Local Area Connection 2\" { ipv4 static 172.16.0.10/24 gateway 172.16.0.1 }",
                    "host-vnic \"Local Area Connection 2\""),
            new Edit("vm-dhcp-behind-nat.hvnet", "vm-dhcp-behind-nat-web02-static-removed",
                    "vm Web02 { nic eth0 on NatLab { ipv4 static 10.10.0.20/24 gateway 10.10.0.1 } }", "vm Web02 { nic eth0 on NatLab }"),
            new Edit("hosted-vs-hyperv.hvnet", "hosted-vs-hyperv-xp01-private", "switch Shared external on \"Local Area Connection\"",
                    "switch Shared private"),
            new Edit("install-2008-vs-2012.hvnet", "install-2008-vs-2012-keep-moved", "host KEEP platform hyperv-2008 preserve-ip-on-install",
                    "host KEEP platform hyperv-2012 preserve-ip-on-install"));

    private static Path example(String name) {
        return HvnetTestFiles.repositoryRoot().resolve("examples").resolve(name);
    }

    static Stream<Arguments> edits() {
        return EDITS.stream().map(edit -> Arguments.of(edit.report(), edit));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyExampleAgainstItsHandEditedVariantGivesTheExpectedReport(String name, Edit edit) throws IOException {
        String text = HvnetTestFiles.read(example(edit.example()));
        assertTrue(text.contains(edit.find()), edit.find());
        Path variant = dir.resolve(edit.report() + ".hvnet");
        Files.writeString(variant, text.replace(edit.find(), edit.replace()));
        CommandRun run = CommandRun.of("diff", example(edit.example()).toString(), variant.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertReport(edit.report() + ".txt", run.out().replace(dir.toString(), "TMP").replace(example("").toString(), "examples"));
        CommandRun json = CommandRun.of("diff", example(edit.example()).toString(), variant.toString(), "--json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonObject document = JsonParser.parseString(json.out()).getAsJsonObject();
        JsonObject reach = document.getAsJsonObject("reach");
        String totals = "reachability: " + reach.get("gained").getAsLong() + " pair";
        assertTrue(reach.get("gained").getAsLong() + reach.get("lost").getAsLong() == 0 || run.out().contains(totals), run.out());
    }

    static Stream<String> installs() {
        return Stream.of("article.hvnet", "hosted-vs-hyperv.hvnet", "install-2008-vs-2012.hvnet");
    }

    @ParameterizedTest
    @MethodSource("installs")
    void thePlannedInstallGivesTheExpectedReport(String file) throws IOException {
        CommandRun run = CommandRun.of("diff", example(file).toString(), "--install");
        assertEquals(1, run.exitCode(), run::toString);
        assertReport(file.replace(".hvnet", "") + "-install.txt", run.out());
    }

    @Test
    void aModelAgainstItselfDiffersInNothingAndExitsZero() {
        for (Path file : HvnetTestFiles.examples()) {
            CommandRun run = CommandRun.of("diff", file.toString(), file.toString());
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals("no differences\n", run.out());
            CommandRun json = CommandRun.of("diff", file.toString(), file.toString(), "--json");
            JsonObject document = JsonParser.parseString(json.out()).getAsJsonObject();
            assertEquals(0, json.exitCode());
            assertEquals(0, document.getAsJsonObject("reach").get("gained").getAsLong());
            assertEquals(0, document.getAsJsonObject("elements").getAsJsonArray("changed").size());
        }
    }

    @Test
    void theLimitBoundsTheListedPairsButNotTheCounts() throws IOException {
        Path variant = dir.resolve("moved.hvnet");
        Files.writeString(variant, HvnetTestFiles.read(example("article.hvnet")).replace("vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Isolated"));
        JsonObject all = JsonParser.parseString(CommandRun.of("diff", example("article.hvnet").toString(), variant.toString(), "--json").out())
                .getAsJsonObject().getAsJsonObject("reach");
        JsonObject one = JsonParser.parseString(CommandRun.of("diff", example("article.hvnet").toString(), variant.toString(), "--json",
                "--limit", "1").out()).getAsJsonObject().getAsJsonObject("reach");
        assertEquals(all.get("gained"), one.get("gained"));
        assertEquals(all.get("lost"), one.get("lost"));
        assertEquals(1, one.getAsJsonArray("pairs").size());
        assertEquals(all.getAsJsonArray("pairs").get(0), one.getAsJsonArray("pairs").get(0));
    }

    @Test
    void badUsageAndUnreadableInputExitTwo() throws IOException {
        String article = example("article.hvnet").toString();
        Files.writeString(dir.resolve("broken.hvnet"), "topology T\nnetwork N { subnet 10.0.0.0/24\n");
        List<List<String>> runs = new ArrayList<>(List.of(List.of("diff", article), List.of("diff", article, article, article),
                List.of("diff", article, article, "--install"), List.of("diff", article, article, "--limit", "-1"),
                List.of("diff", article, article, "--limit", "many"), List.of("diff", article, dir.resolve("missing.hvnet").toString()),
                List.of("diff", article, dir.resolve("broken.hvnet").toString())));
        for (List<String> args : runs) {
            CommandRun run = CommandRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(!run.err().isBlank(), run::toString);
        }
        CommandRun broken = CommandRun.of("diff", article, dir.resolve("broken.hvnet").toString());
        assertTrue(broken.err().contains("broken.hvnet:") && broken.err().contains("cannot be compared"), broken::toString);
    }

    /** The two versions load at the same time; a failure is still reported for the old one first, as in order. */
    @Test
    void bothVersionsLoadTogetherAndTheOldOnesFailureIsReportedFirst() throws IOException {
        String article = example("article.hvnet").toString();
        String missingOld = dir.resolve("missing-old.hvnet").toString();
        String missingNew = dir.resolve("missing-new.hvnet").toString();
        CommandRun both = CommandRun.of("diff", missingOld, missingNew);
        assertEquals(2, both.exitCode(), both::toString);
        assertTrue(both.err().contains("missing-old.hvnet") && !both.err().contains("missing-new.hvnet"), both::toString);
        CommandRun newer = CommandRun.of("diff", article, missingNew);
        assertEquals(2, newer.exitCode(), newer::toString);
        assertTrue(newer.err().contains("missing-new.hvnet"), newer::toString);
        CommandRun older = CommandRun.of("diff", missingOld, article);
        assertEquals(2, older.exitCode(), older::toString);
        assertTrue(older.err().contains("missing-old.hvnet"), older::toString);
        Path variant = dir.resolve("moved.hvnet");
        Files.writeString(variant, HvnetTestFiles.read(example("article.hvnet")).replace("vm Web01 { nic eth0 on Lab", "vm Web01 { nic eth0 on Isolated"));
        String first = CommandRun.of("diff", article, variant.toString()).out();
        for (int run = 0; run < 5; run++) { // two threads, one language: the same report every time
            assertEquals(first, CommandRun.of("diff", article, variant.toString()).out());
        }
    }

    private static void assertReport(String name, String actual) throws IOException {
        Path expected = REPORTS.resolve(name);
        if (Boolean.getBoolean("hvnet.updateDiffReports")) {
            Files.writeString(expected, actual);
        }
        if (!Files.exists(expected) || !Files.readString(expected).equals(actual)) {
            Path written = REPORTS.resolveSibling("target/diff-actual").resolve(name);
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual); // to review, and copy into diff/ when the change is intended
        }
        assertTrue(Files.exists(expected), () -> expected + " is missing; the report was:\n" + actual);
        assertEquals(Files.readString(expected), actual, name);
    }
}
