// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.expectations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** The article's lab of DSL.md: every expectation passes on the simulated model. */
class ArticleExpectationsTest {

    @Test
    void everyArticleExpectationPasses() {
        Simulation simulation = Simulation.of(Labs.example("article.hvnet"));
        List<ExpectationResult> results = simulation.expectations();
        assertEquals(5, results.size());
        for (ExpectationResult result : results) {
            assertTrue(result.passed(), result.text() + ": expected " + result.expected() + ", found " + result.found());
        }
    }
}
