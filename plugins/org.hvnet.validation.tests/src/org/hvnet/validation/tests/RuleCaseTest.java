// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case file gives exactly the findings its markers expect: rule id, severity, element and line. */
class RuleCaseTest {

    static List<Path> cases() {
        return RuleCases.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsAreExactlyTheMarkedOnes(Path file) {
        RuleCases.Result result = RuleCases.validate(file);
        assertEquals(RuleCases.expected(HvnetTestFiles.read(file)), RuleCases.actual(result),
                () -> file.getFileName() + " gave:\n" + String.join("\n", result.problems().stream().map(p -> p.toText()).toList()));
    }
}
