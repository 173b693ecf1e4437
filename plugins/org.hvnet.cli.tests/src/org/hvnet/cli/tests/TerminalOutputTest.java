// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.cli.Terminal;
import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * Colour and progress follow where the command prints: colour on a terminal unless {@code NO_COLOR} or
 * {@code --color never}, progress on standard error only when it is a terminal, erased before the results, and
 * nothing of either in a pipe. (Through the real launcher and a pseudo-terminal: releng/org.hvnet.cli.launcher.tests.)
 */
class TerminalOutputTest {

    private static final String ESCAPE = "\u001b[";

    private static String article() {
        return HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString();
    }

    @Test
    void aTerminalGetsColourAndProgressThatLeaveTheTextAsInAPipe() {
        CommandRun piped = CommandRun.of("simulate", article());
        CommandRun terminal = CommandRun.onTerminal(new Terminal(true, true, false), "simulate", article());
        assertEquals(piped.exitCode(), terminal.exitCode());
        assertTrue(terminal.out().contains("\u001b[33mWARNING\u001b[0m"), terminal::toString);
        assertTrue(terminal.out().contains("\u001b[32mPASS\u001b[0m"), terminal::toString);
        assertEquals(piped.out(), terminal.out().replaceAll("\u001b\\[[0-9;]*m", ""), "colour only marks the same text");
        assertTrue(terminal.err().contains("hvnet: reading 1 file ("), terminal::toString);
        assertTrue(terminal.err().contains("hvnet: validating 1 host, 3 VMs, 5 interfaces\u2026"), terminal::toString);
        assertTrue(terminal.err().contains("hvnet: counting the reachability of 6 interfaces\u2026"), terminal::toString);
        assertTrue(terminal.err().endsWith("\r\u001b[K"), "the status line is erased before the report");
        assertFalse(piped.out().contains(ESCAPE) || piped.err().contains(ESCAPE), piped::toString);
        assertEquals("", piped.err(), "no progress in a pipe");
    }

    @Test
    void noColorAndColorNeverTurnColourOffColorAlwaysOn() {
        CommandRun noColor = CommandRun.onTerminal(new Terminal(true, true, true), "validate", article());
        assertFalse(noColor.out().contains(ESCAPE) || noColor.err().replace("\r\u001b[K", "").contains(ESCAPE), noColor::toString);
        CommandRun never = CommandRun.onTerminal(new Terminal(true, true, false), "--color", "never", "validate", article());
        assertFalse(never.out().contains(ESCAPE), never::toString);
        CommandRun always = CommandRun.of("validate", article(), "--color=always");
        assertTrue(always.out().contains("\u001b[33m2 warnings\u001b[0m"), always::toString);
        assertTrue(always.err().contains("\u001b[33mWARNING\u001b[0m"), always::toString);
        CommandRun stdoutOnly = CommandRun.onTerminal(new Terminal(true, false, false), "validate", article());
        assertFalse(stdoutOnly.err().contains(ESCAPE), "standard error piped: no colour and no progress there");
        assertTrue(stdoutOnly.out().contains(ESCAPE), stdoutOnly::toString);
    }
}
