// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/** The examples folder is one model when loaded as a directory: no errors, every expectation holds. */
class ExamplesTogetherTest {

    private static String examples() {
        return HvnetTestFiles.repositoryRoot().resolve("examples").toString();
    }

    @Test
    void examplesDirectoryValidatesWithoutErrors() {
        CommandRun run = CommandRun.of("validate", examples());
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.err().contains(": ERROR: "), run::toString);
    }

    @Test
    void everyExpectationOfEveryExampleHoldsWhenLoadedTogether() {
        CommandRun run = CommandRun.of("check", examples());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch(line -> line.matches("\\d+ passed, 0 failed")), run::toString);
    }

    @Test
    void simulateReportOnTheArticleReadsTopToBottom() {
        CommandRun run = CommandRun.of("simulate", HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        int model = out.indexOf("Model: ArticleLab");
        int installs = out.indexOf("Planned installs");
        int addresses = out.indexOf("Addresses");
        int expectations = out.indexOf("Expectations");
        assertTrue(model >= 0 && model < installs && installs < addresses && addresses < expectations, out);
        List<String> lines = out.lines().toList();
        assertEquals("  1 network, 1 host, 3 VMs, 5 interfaces written", lines.get(1), out);
        assertEquals("  5 passed, 0 failed", lines.get(lines.size() - 1), out);
    }
}
