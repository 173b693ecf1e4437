package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.dsl.formatting2.DocumentFormatter;
import org.hvnet.dsl.tests.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * A file with a second install or rras line in a host (an error the parser reports) formats without an exception, as
 * an editor formats a file with errors: each statement on its own line. {@code hvnet format} refuses it with the
 * error instead (see the command's tests).
 */
class StrayStatementFormattingTest {

    private static final String MESSY = "topology T host HV01 platform hyperv-2008 { nic A nic B install hyperv using A "
            + "install hyperv using B rras routing rras nat public A private B vm V { nic e { ipv4 dhcp ipv4 dhcp } } }\n";

    @Test
    void aSecondInstallAndRrasLineGetTheirOwnLines() {
        String expected = """
                topology T

                host HV01 platform hyperv-2008 {
                    nic A
                    nic B
                    install hyperv using A
                    install hyperv using B
                    rras routing
                    rras nat public A private B
                    vm V { nic e { ipv4 dhcp ipv4 dhcp } }
                }
                """;
        assertEquals(expected, Formatting.formatWithErrors(MESSY));
    }

    @Test
    void theCommandsFormatterRefusesTheFileWithAMessage() {
        XtextResource resource = (XtextResource) HvnetTestFiles.load(MESSY).topologies().get(0).eResource();
        DocumentFormatter formatter = HvnetTestFiles.injector().getInstance(DocumentFormatter.class);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> formatter.format(resource));
        assertEquals("a file with syntax errors is not formatted", refused.getMessage());
    }
}
