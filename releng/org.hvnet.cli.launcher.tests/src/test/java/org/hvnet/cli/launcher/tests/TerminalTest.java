// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress and colour as a user sees them: {@code ./hvnet} run on a pseudo-terminal ({@code script -q -e -c ... /dev/null},
 * util-linux) shows the phases of a long run on standard error and colours severities; piped, it prints neither; with
 * {@code NO_COLOR} set, no colour.
 */
class TerminalTest {

    private static final String ESCAPE = "\u001b[";

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws IOException, InterruptedException {
        Launcher.Run run = Launcher.hvnet("generate", "--hosts", "60", "--vms-per-host", "10", "-o", dir.resolve("dc.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
    }

    /** {@code shellCommand} on a pseudo-terminal; what the terminal showed is the run's standard output. */
    private static Launcher.Run onTerminal(String shellCommand, Map<String, String> environment) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("NO_COLOR", null);
        env.put("TERM", "xterm");
        return Launcher.run(List.of("script", "-q", "-e", "-c", shellCommand, "/dev/null"), env, dir);
    }

    private static String quoted(Path path) {
        return "'" + path + "'";
    }

    @Test
    void aTerminalShowsThePhasesWithCountsThenErasesThem() throws IOException, InterruptedException {
        Path report = dir.resolve("report.txt");
        Launcher.Run run = onTerminal(quoted(Launcher.HVNET) + " simulate dc.hvnet > " + quoted(report), Map.of());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run::toString);
        String screen = run.out();
        assertTrue(screen.contains("hvnet: reading 1 file ("), screen);
        assertTrue(screen.matches("(?s).*hvnet: validating 60 hosts, 600 VMs, [0-9,]+ interfaces\u2026.*"), screen);
        assertTrue(screen.contains("hvnet: counting the reachability of "), screen);
        assertTrue(screen.contains("hvnet: writing the report\u2026"), screen);
        assertTrue(screen.endsWith("\r\u001b[K"), "the status line is erased: " + screen);
        assertFalse(Files.readString(report).contains(ESCAPE), "the report in a file has no colour");
        assertTrue(Files.readString(report).startsWith("Model: "));
    }

    @Test
    void aPipeGetsNeitherProgressNorColour() throws IOException, InterruptedException {
        Launcher.Run run = Launcher.run(List.of(Launcher.HVNET.toString(), "simulate", "dc.hvnet"), Map.of(), dir);
        assertEquals("", run.err(), "no progress when standard error is not a terminal");
        assertFalse(run.out().contains(ESCAPE), "no colour when standard output is not a terminal");
    }

    @Test
    void severitiesAreColouredOnATerminalUnlessNoColorIsSet() throws IOException, InterruptedException {
        String validate = quoted(Launcher.HVNET) + " validate dc.hvnet";
        Launcher.Run coloured = onTerminal(validate, Map.of());
        assertTrue(coloured.out().contains("\u001b[33mWARNING\u001b[0m"), coloured::toString);
        Launcher.Run plain = onTerminal(validate, Map.of("NO_COLOR", "1"));
        assertFalse(plain.out().replace("\r\u001b[K", "").contains(ESCAPE), plain::toString);
        assertTrue(plain.out().contains(": WARNING: "), plain::toString);
    }
}
