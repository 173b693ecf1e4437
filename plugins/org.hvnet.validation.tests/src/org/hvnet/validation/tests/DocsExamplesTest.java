// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ```hvnet block of the pages in docs/ is a complete, valid file: it parses, its names resolve, validation
 * finds no error, and its {@code expect} lines hold. The pages cannot show the language as it no longer is.
 */
class DocsExamplesTest {

    static List<MarkdownExamples.Example> examples() {
        Path docs = HvnetTestFiles.repositoryRoot().resolve("docs");
        try (Stream<Path> pages = Files.list(docs)) {
            return pages.filter(p -> p.toString().endsWith(".md")).sorted()
                    .flatMap(p -> MarkdownExamples.of("docs/" + p.getFileName(), HvnetTestFiles.read(p)).stream()).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + docs, e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsAValidFileWhoseExpectationsHold() {
        List<MarkdownExamples.Example> examples = examples();
        assertFalse(examples.isEmpty(), "no ```hvnet block in docs/");
        return examples.stream().map(example -> dynamicTest(example.toString(), () -> check(example)));
    }

    private static void check(MarkdownExamples.Example example) {
        LoadedModel model = HvnetTestFiles.load(Map.of("example.hvnet", example.text()));
        List<String> errors = ModelValidation.validate(model).stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> located(example, p)).toList();
        assertEquals(List.of(), errors, () -> String.join("\n", errors));
        List<String> failed = Simulation.of(model.topologies()).expectations().stream().filter(r -> !r.passed())
                .map(r -> describe(example, r)).toList();
        assertEquals(List.of(), failed, () -> String.join("\n", failed));
    }

    private static String located(MarkdownExamples.Example example, SourceProblem problem) {
        return example.page() + ":" + example.pageLine(problem.line()) + ":" + problem.column() + ": " + problem.message() + " ["
                + problem.rule() + "]";
    }

    private static String describe(MarkdownExamples.Example example, ExpectationResult result) {
        return example + ": expect " + result.text() + ": " + result.expected() + ", but " + result.found();
    }
}
