// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * Each reference that resolves to nothing is one {@code link} diagnostic at the name, whose message names the
 * missing name and where it was looked for, and whose element is the one holding the reference.
 */
class UnresolvedNameTest {

    private static final String LAB = """
            topology T
            network Office { }
            host HV01 platform hyperv-2008 {
                nic LAN cable Office
                switch Lab internal
                vm DC01 { nic eth0 on Lab }
            }
            """;

    /** The only problem of the lab plus {@code extra} inside the host (or after it, for expectations). */
    private static SourceProblem linkProblem(String text) {
        return unresolved(text, SourceProblem.LINK);
    }

    /** The single problem of {@code text}: an unresolved name reported under {@code rule}. */
    private static SourceProblem unresolved(String text, String rule) {
        List<SourceProblem> problems = HvnetTestFiles.load(text).problems();
        assertEquals(1, problems.size(), problems::toString);
        SourceProblem problem = problems.get(0);
        assertEquals(rule, problem.rule(), problem::toString);
        return problem;
    }

    private static String inHost(String statement) {
        return LAB.replace("    switch Lab internal\n", "    switch Lab internal\n    " + statement + "\n");
    }

    private static void assertProblem(int line, int column, String element, String message, SourceProblem problem) {
        assertEquals(List.of(line, column), List.of(problem.line(), problem.column()), problem::toString);
        assertEquals(element, problem.element(), problem::toString);
        assertEquals(message, problem.message(), problem::toString);
    }

    @Test
    void cableToAMissingNetwork() {
        assertProblem(6, 19, "HV01.WAN", "no network 'Ofice'", linkProblem(inHost("nic WAN cable Ofice")));
    }

    @Test
    void vmNicOnAMissingSwitch() {
        assertProblem(6, 28, "HV01.Web01.eth0", "no switch 'Lab2' on host HV01", linkProblem(inHost("vm Web01 { nic eth0 on Lab2 }")));
    }

    @Test
    void switchOnAnotherHostIsNotInScopeAndBreaksS7() {
        String text = LAB + "host HV02 platform hyperv-2012 { vm X { nic eth0 on Lab } }\n";
        assertProblem(8, 53, "HV02.X.eth0", "VM NIC HV02.X.eth0 is connected to switch Lab of host HV01, not to a switch of its own"
                + " host HV02 (S-7). Connect it to a switch of its own host, or move the VM.", unresolved(text, "V-2"));
    }

    @Test
    void installUsingAMissingNic() {
        assertProblem(6, 26, "HV01", "no NIC 'LAN2' on host HV01", linkProblem(inHost("install hyperv using LAN2")));
    }

    @Test
    void externalSwitchOnAMissingNicBreaksV3() {
        assertProblem(6, 28, "HV01.Ext", "External switch HV01.Ext is bound to NIC LAN9, which is not a physical NIC of host HV01."
                + " Bind it to a NIC written in that host.", unresolved(inHost("switch Ext external on LAN9"), "V-3"));
    }

    @Test
    void dhcpServerOnAMissingVmNic() {
        assertProblem(6, 36, "HV01.A", "no NIC 'eth9' on VM A",
                linkProblem(inHost("vm A { nic eth0 dhcp-server on eth9 range 10.0.0.1 - 10.0.0.9 }")));
    }

    @Test
    void expectationOwnerThatIsNeitherHostNorVm() {
        assertProblem(8, 14, null, "no host or VM 'Web01'", linkProblem(LAB + "expect reach Web01 -> DC01\n"));
    }

    @Test
    void expectationOwnerMayNotBeANetwork() {
        assertProblem(8, 16, null, "no host or VM 'Office'", linkProblem(LAB + "expect address Office.eth0 apipa\n"));
    }

    @Test
    void dhcpFromSomethingThatIsNeitherNetworkNorVm() {
        assertProblem(8, 36, null, "no network or VM 'HV01', and no switch of that name on the interface's host", linkProblem(LAB + "expect address DC01.eth0 dhcp from HV01\n"));
    }
}
