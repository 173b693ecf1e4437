package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/** {@code simulate FILES}: the main report on the bundled example. */
class SimulateCommandTest {

    @Test
    void articleReportCountsTheModel() {
        CommandRun run = CommandRun.of("simulate", HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ArticleLab"), run::toString);
        assertTrue(run.out().contains("1 internal"), run::toString);
        assertTrue(run.out().contains("1 private"), run::toString);
    }
}
