// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The launcher with the real product: help per subcommand, the version, "did you mean", and the workbench without a
 * display.
 */
class CommandLineTest {

    @Test
    void versionAndHelpOfASubcommand() throws IOException, InterruptedException {
        Launcher.Run version = Launcher.hvnet("--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().matches("hvnet \\d+\\.\\d+\\.\\d+ \\(build \\d{12}, Java [^)]+\\)\n"), version::toString);
        Launcher.Run help = Launcher.hvnet("help", "simulate");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().startsWith("usage: hvnet simulate FILES [--summary] [--json]\n"), help::toString);
        assertTrue(help.out().contains("\nexamples:\n  hvnet simulate examples/article.hvnet\n"), help::toString);
        assertEquals(help.out(), Launcher.hvnet("simulate", "--help").out());
    }

    @Test
    void aMistypedSubcommandGetsTheClosestOne() throws IOException, InterruptedException {
        Launcher.Run run = Launcher.hvnet("simualte", "examples/article.hvnet");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("hvnet: unknown subcommand 'simualte'; did you mean 'simulate'? (hvnet help lists them)\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void theWorkbenchWithoutADisplaySaysSoInOneLine() throws IOException, InterruptedException {
        Map<String, String> noDisplay = new java.util.HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        Launcher.Run run = Launcher.run(List.of(Launcher.HVNET.toString(), "workbench"), noDisplay, Launcher.ROOT);
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("hvnet workbench: no display (DISPLAY and WAYLAND_DISPLAY are not set)"), run::toString);
        Launcher.Run help = Launcher.run(List.of(Launcher.HVNET.toString(), "workbench", "--help"), noDisplay, Launcher.ROOT);
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().startsWith("usage: hvnet workbench [DIR]\n"), help::toString);
    }
}
