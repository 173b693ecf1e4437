// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement that a host, switch or interface has once, written a second time, is one error at the second statement
 * (it used to replace the first silently); the first is kept in the model.
 */
class StatementWrittenTwiceTest {

    /** Two install lines, two rras lines, a VM NIC with two ipv4 lines. */
    static final String TWICE = HvnetTestFiles.resource(StatementWrittenTwiceTest.class, "two-installs.hvnet");

    @Test
    void aSecondInstallLineAndASecondRrasLineAreErrorsAtTheirLine() {
        LoadedModel model = HvnetTestFiles.load(TWICE);
        List<SourceProblem> problems = model.problems();
        assertEquals(3, problems.size(), problems::toString);
        assertEquals(List.of(7, 5, SourceProblem.SYNTAX), List.of(problems.get(0).line(), problems.get(0).column(), problems.get(0).rule()));
        assertEquals("host HV01 has a second install line: a host has one planned install, the first (line 6) is kept. "
                + "Write one line naming every NIC: install hyperv using NIC1, NIC2", problems.get(0).message());
        assertEquals(List.of(9, 5), List.of(problems.get(1).line(), problems.get(1).column()));
        assertEquals("host HV01 has a second rras line: a host has one RRAS, the first (line 8) is kept. "
                + "Write one line: rras routing nat public IFACE private IFACE", problems.get(1).message());
        assertEquals(List.of(10, 30), List.of(problems.get(2).line(), problems.get(2).column()));
        assertEquals("VM NIC e has a second ipv4 line: an interface has one IPv4 configuration, the first (line 10) is kept",
                problems.get(2).message());
    }

    @Test
    void theFirstLineIsKept() {
        Host host = HvnetTestFiles.load(TWICE).topologies().get(0).getHosts().get(0);
        assertEquals(List.of(host.getNics().get(0)), host.getInstall().getNics());
        assertTrue(host.getRras().isRouting());
        assertTrue(host.getRras().getNatMappings().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            mac-pool     | mac-pool 00-15-5D-00-00-00 - 00-15-5D-00-00-FF mac-pool 00-15-5D-01-00-00 - 00-15-5D-01-00-FF | host H has a second mac-pool line
            dhcp-service | switch S private { dhcp-service range 10.0.0.10 - 10.0.0.20 dhcp-service range 10.0.0.30 - 10.0.0.40 } | switch S has a second dhcp-service line
            ipv4         | switch S internal vm V { nic e on S { ipv4 dhcp ipv4 static 10.0.0.1/24 } } | VM NIC e has a second ipv4 line
            guard        | switch S internal vm V { nic e on S dhcp-guard dhcp-guard } | 'dhcp-guard' is written twice for VM NIC e
            routing      | vm V { routing routing } | 'routing' is written twice for VM V
            """)
    void everySingleStatementWrittenTwiceIsOneError(String what, String body, String message) {
        List<SourceProblem> problems = HvnetTestFiles.load("topology T\nhost H platform hyperv-2016 { " + body + " }\n").problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith(message), problems.get(0)::toString);
    }
}
