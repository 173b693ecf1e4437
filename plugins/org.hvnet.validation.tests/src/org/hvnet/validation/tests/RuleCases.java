// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidation;

/**
 * The rule cases beside these tests ({@code cases/}): per catalogue entry {@code NAME.hvnet} triggers it,
 * {@code NAME.VARIANT.hvnet} are further cases and {@code NAME.ok*.hvnet} near misses. A marker comment
 * {@code //! RULE SEVERITY ELEMENT} ends each line where a finding is expected; a file has no other findings.
 */
final class RuleCases {

    /** One expected or actual finding: its line, rule id, severity and element. */
    record Finding(int line, String rule, String severity, String element) implements Comparable<Finding> {
        @Override
        public int compareTo(Finding other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return "line " + line + ": " + rule + " " + severity + " " + element;
        }
    }

    /** A validated case: the catalogue findings and the same findings located as problems. */
    record Result(List<RuleDiagnostic> diagnostics, List<SourceProblem> problems) {
    }

    private static final String MARKER = "//!";

    private RuleCases() {
    }

    /** The folder of the cases. */
    static Path directory() {
        return HvnetTestFiles.repositoryRoot().resolve("plugins/org.hvnet.validation.tests/cases");
    }

    /** Every case file, by name. */
    static List<Path> files() {
        try (var files = Files.list(directory())) {
            return files.filter(p -> p.toString().endsWith(".hvnet")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue entry a case file belongs to: the name before its first dot. */
    static String entryOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    /** True for a near miss ({@code NAME.ok*.hvnet}). */
    static boolean isNearMiss(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.indexOf('.') + 1).startsWith("ok");
    }

    /** The findings that the markers of {@code text} expect. */
    static Set<Finding> expected(String text) {
        Set<Finding> expected = new TreeSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(MARKER);
            while (at >= 0) {
                int next = lines[i].indexOf(MARKER, at + MARKER.length());
                String marker = (next < 0 ? lines[i].substring(at + MARKER.length()) : lines[i].substring(at + MARKER.length(), next)).trim();
                String[] words = marker.split(" ", 3);
                expected.add(new Finding(i + 1, words[0], words[1], words.length > 2 ? words[2] : ""));
                at = next;
            }
        }
        return expected;
    }

    /**
     * Loads a case file and validates it. Syntax and plain link problems of the loader fail the test; names that
     * the linker reports under a rule id (V-2 for a switch of another host, V-3 for a NIC of another host) are
     * findings like the validator's.
     */
    static Result validate(Path file) {
        LoadedModel model = HvnetTestFiles.load(Map.of(file.getFileName().toString(), HvnetTestFiles.read(file)));
        List<SourceProblem> loaderFindings = model.problems().stream()
                .filter(p -> !p.rule().equals(SourceProblem.SYNTAX) && !p.rule().equals(SourceProblem.LINK)).toList();
        if (loaderFindings.size() != model.problems().size()) {
            throw new AssertionError(file.getFileName() + " does not load cleanly: " + model.problems());
        }
        List<RuleDiagnostic> diagnostics = TopologyValidation.validate(model.topologies());
        List<SourceProblem> problems = new ArrayList<>(loaderFindings);
        diagnostics.forEach(d -> problems.add(ModelValidation.toProblem(model, d)));
        return new Result(diagnostics, problems);
    }

    /** The findings of a validated case, as markers would write them. */
    static Set<Finding> actual(Result result) {
        Set<Finding> actual = new TreeSet<>();
        for (SourceProblem problem : result.problems()) {
            actual.add(new Finding(problem.line(), problem.rule(), problem.severity().name(), problem.element()));
        }
        return actual;
    }
}
