// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;

/** Line and block comments are ignored wherever whitespace may stand. */
class CommentParsingTest {

    @Test
    void lineAndBlockCommentsAreIgnored() {
        Topology topology = parseClean("""
                // the lab
                topology /* name: */ Lab
                /* a network
                   over several lines */
                network Office { // trailing
                    router 192.168.1.1 /* inline */ internet // the way out
                }
                // the last line has no newline""");
        assertEquals("Lab", topology.getName());
        assertTrue(topology.getNetworks().get(0).getRouters().get(0).isInternet());
    }

    @Test
    void commentMarkersInsideStringsAreText() {
        Topology topology = parseClean("topology T\nhost H platform hyperv-2012 { nic \"a // b /* c */\" }");
        assertEquals("a // b /* c */", topology.getHosts().get(0).getNics().get(0).getName());
    }
}
