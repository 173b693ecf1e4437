// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Comments are the user's text: a block comment's lines stay byte for byte, wherever the statements around it move. */
class BlockCommentFormattingTest {

    private static final String VLAN_TABLE = """
            /* VLANs of the lab
             *   id   name          subnet
             *   10   Management    10.0.10.0/24
             *  200   Storage       10.0.20.0/24
             */""";

    private static final String FLUSH_LEFT = """
            /*  nic    purpose
                LAN    uplink, teamed later
            */""";

    @Test
    void aBlockCommentTableKeepsItsAlignment() {
        String text = "topology T\n" + VLAN_TABLE + "\nnetwork Office{subnet 10.0.0.0/8}\n"
                + "host H platform hyperv-2012 {\n" + FLUSH_LEFT + "\n        nic LAN cable Office\n}\n";
        String formatted = Formatting.formatStrictly(text);
        assertTrue(formatted.contains(VLAN_TABLE), formatted);
        assertTrue(formatted.contains(FLUSH_LEFT.substring(FLUSH_LEFT.indexOf('\n'))), "the lines after the first stay as written:\n" + formatted);
        assertTrue(formatted.contains("network Office {\n    subnet 10.0.0.0/8\n}"), formatted);
        assertTrue(formatted.contains("\n    nic LAN cable Office\n"), formatted);
        assertEquals(formatted, Formatting.formatStrictly(formatted));
    }

    @Test
    void aOneLineBlockCommentStaysAsWritten() {
        String text = "topology T\n\nhost H platform hyperv-2012 {\n    /*   spare:   B   */ nic B\n}\n";
        assertEquals(text, Formatting.formatStrictly(text));
    }
}
