// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;

/** {@code hvnet lsp}: started as editors start it, it serves until its input ends. */
class LspCommandTest {

    @Test
    void acceptsTheStdioFlagThatEditorsPass() {
        // VS Code's LSP client starts a stdio server as COMMAND --stdio; the input is empty, so the server ends at once
        CommandRun run = CommandRun.of("lsp", "--stdio");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void anythingElseIsBadUsage() {
        CommandRun run = CommandRun.of("lsp", "--socket", "5007");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--socket"), run::toString);
    }
}
