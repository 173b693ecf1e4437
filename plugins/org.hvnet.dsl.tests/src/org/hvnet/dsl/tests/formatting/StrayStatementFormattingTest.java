// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * A file with a second install or rras line in a host (an error the parser reports) formats without an exception, as
 * an editor formats a file with errors: each statement on its own line. {@code hvnet format} refuses it with the
 * error instead (see the command's tests).
 */
class StrayStatementFormattingTest {

    /** The file with two install, rras and ipv4 lines ({@code parsing/two-installs.hvnet}), on one line. */
    private static final String MESSY = twice().replaceAll("\\s+", " ");

    private static String twice() {
        return HvnetTestFiles.resource(StrayStatementFormattingTest.class, "/org/hvnet/dsl/tests/parsing/two-installs.hvnet");
    }

    @Test
    void aSecondInstallAndRrasLineGetTheirOwnLines() {
        assertEquals(1, MESSY.lines().count());
        assertEquals(twice(), Formatting.formatWithErrors(MESSY));
    }

    @Test
    void theCommandsFormatterRefusesTheFileWithAMessage() {
        XtextResource resource = (XtextResource) HvnetTestFiles.load(MESSY).topologies().get(0).eResource();
        DocumentFormatter formatter = HvnetTestFiles.injector().getInstance(DocumentFormatter.class);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> formatter.format(resource));
        assertEquals("a file with syntax errors is not formatted", refused.getMessage());
    }
}
