// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every consistent fixture host imported through the command: the model has no errors, {@code hvnet format} leaves
 * it as written, {@code hvnet check} passes every expectation of the addresses the host observed, and a second import
 * writes the same bytes.
 */
class ImportedFixturesTest {

    static final java.util.List<String> FIXTURES = ImportRuns.GOOD_IMPORTS;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void theImportValidatesIsFormattedAndItsExpectationsHold(String fixtures) {
        String name = ImportRuns.nameOf(fixtures);
        String text = ImportRuns.imported(dir, name, fixtures);
        Path file = dir.resolve(name + ".hvnet");
        CommandRun validate = CommandRun.of("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertFalse(validate.err().contains(": ERROR:"), validate::toString);
        CommandRun format = CommandRun.of("format", file.toString());
        assertEquals(text, format.out(), "hvnet format leaves an import unchanged");
        CommandRun check = CommandRun.of("check", file.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().contains(" passed, 0 failed"), check::toString);
        assertFalse(check.out().startsWith("0 passed"), "an import of a host expects the addresses it observed: " + check);
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void twoImportsWriteTheSameBytes(String fixtures) {
        String first = ImportRuns.imported(dir, "first", fixtures).replaceFirst("topology first", "");
        String second = ImportRuns.imported(dir, "second", fixtures).replaceFirst("topology second", "");
        assertEquals(first, second);
    }
}
