// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code simulate FILES}: the main report on the bundled example, line for line as golden/article/simulate.txt
 * (the report README.md shows; regenerate it with {@code ./hvnet simulate examples/article.hvnet}).
 */
class SimulateCommandTest {

    private static final Path GOLDEN = HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.cli.tests/golden/article/simulate.txt");

    @Test
    void articleReportIsTheGoldenReport() {
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        CommandRun run = CommandRun.of("simulate", article.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(HvnetTestFiles.read(GOLDEN), run.out().replace(article.toString(), "examples/article.hvnet"));
    }

    @Test
    void theReadmeShowsTheGoldenReport() {
        String readme = HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("README.md"));
        assertTrue(readme.contains("```\n" + HvnetTestFiles.read(GOLDEN) + "```\n"), "README.md shows the report of " + GOLDEN);
    }
}
