// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.tests.AddressRows;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rule A-2 as clarified: DHCP clients are served in the order they are written (files in the order given, then text
 * order; an interface the rules create at the line that creates it: the install line, or its switch), the first
 * server written in a segment serves, and a full scope gives no lease. The model's own order (physical NICs, host
 * vNICs, VM NICs; the install's switch last) decides none of it.
 */
class LeaseOrderTest {

    private static final String LAN = "network N { subnet 10.0.0.0/24  router 10.0.0.1  dhcp-server 10.0.0.2 range 10.0.0.10 - 10.0.0.19 gateway 10.0.0.1 }\n";

    private static InterfaceAddress row(Simulation simulation, String label) {
        return AddressRows.row(simulation, label);
    }

    @Test
    void a2AVmWrittenAboveASwitchLeasesBeforeTheSwitchsHostVnic() {
        Simulation s = Simulation.of(Labs.of("topology T\n" + LAN + """
                host H platform hyperv-2012 {
                    nic x cable N { bind vswitch }
                    vm First { nic eth0 on X }
                    switch X external on x { host-vnic "vEthernet (X)" { ipv4 dhcp } }
                    vm Last { nic eth0 on X }
                }
                """));
        assertEquals("10.0.0.10/24", row(s, "First.eth0").address(), "written first");
        assertEquals("10.0.0.11/24", row(s, "H.vEthernet (X)").address());
        assertEquals("10.0.0.12/24", row(s, "Last.eth0").address());
    }

    @Test
    void a2StaticAndUnboundInterfacesWrittenBetweenTheClientsChangeNothingOfTheirOrder() {
        // only the clients' text positions are read; a static address and a NIC without TCP/IPv4 get theirs before any lease
        Simulation s = Simulation.of(Labs.of("topology T\n" + LAN + """
                host H platform hyperv-2012 {
                    nic a cable N { ipv4 static 10.0.0.10/24 }
                    nic x cable N { bind vswitch }
                    vm First { nic eth0 on X }
                    switch X external on x { host-vnic "vEthernet (X)" { ipv4 dhcp } }
                    vm Fixed { nic eth0 on X { ipv4 static 10.0.0.12/24 } }
                    vm Last { nic eth0 on X }
                }
                """));
        assertEquals("10.0.0.11/24", row(s, "First.eth0").address(), "written first; .10 is static");
        assertEquals("10.0.0.13/24", row(s, "H.vEthernet (X)").address(), ".12 is static");
        assertEquals("10.0.0.14/24", row(s, "Last.eth0").address());
        assertEquals(AddressSource.STATIC, row(s, "Fixed.eth0").source());
        assertEquals(AddressSource.NONE, row(s, "H.x").source(), "no TCP/IPv4 on the switch's NIC");
    }

    @Test
    void a2TheInstallsHostVnicLeasesAtTheInstallLine() {
        // the install's switch and host vNIC are appended to the model after the written switches; A-2 serves them at
        // the position of the install line, above the written external switch here
        Simulation s = Simulation.of(Labs.of("topology T\n" + LAN + """
                host H platform hyperv-2012 {
                    nic a cable N
                    nic b cable N { bind vswitch }
                    install hyperv using a
                    switch B external on b
                }
                """));
        assertEquals("10.0.0.10/24", row(s, "H.vEthernet (a - Virtual Network)").address(), "the install line comes first");
        assertEquals("10.0.0.11/24", row(s, "H.vEthernet (B)").address(), "the implied host vNIC of B at B's line");
    }

    @Test
    void a2TheImpliedHostVnicOfASwitchLeasesAtItsSwitchsLine() {
        Simulation s = Simulation.of(Labs.of("topology T\n" + LAN + """
                host H platform hyperv-2012 {
                    nic b cable N { bind vswitch }
                    vm Early { nic eth0 on B }
                    switch B external on b
                }
                """));
        assertEquals("10.0.0.10/24", row(s, "Early.eth0").address());
        assertEquals("10.0.0.11/24", row(s, "H.vEthernet (B)").address());
    }

    @Test
    void a2FilesAreServedInTheOrderGiven() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("b-second.hvnet", """
                topology Second
                host H2 platform hyperv-2012 { nic e cable N }
                """);
        files.put("a-first.hvnet", "topology First\n" + LAN + "host H1 platform hyperv-2012 { nic e cable N }\n");
        Simulation given = Simulation.of(Labs.of(files));
        assertEquals("10.0.0.10/24", row(given, "H2.e").address(), "b-second.hvnet was given first");
        assertEquals("10.0.0.11/24", row(given, "H1.e").address());
    }

    @Test
    void a2TheFirstServerWrittenServesAndAFullScopeGivesNoLease() {
        Simulation s = Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2012 {
                    switch L private
                    vm Small { nic eth0 on L { ipv4 static 10.0.0.2/24 }  dhcp-server on eth0 range 10.0.0.100 - 10.0.0.100 }
                    vm Big { nic eth0 on L { ipv4 static 10.0.0.3/24 }  dhcp-server on eth0 range 10.0.0.200 - 10.0.0.250 }
                    vm C1 { nic eth0 on L }
                    vm C2 { nic eth0 on L }
                }
                """));
        assertEquals("10.0.0.100/24", row(s, "C1.eth0").address());
        assertEquals("Small", row(s, "C1.eth0").server());
        assertEquals(AddressSource.APIPA, row(s, "C2.eth0").source(), "Big is not asked: the first server written serves");
        assertEquals("the DHCP scope of Small, the server of the segment, is full (rule A-3)", row(s, "C2.eth0").note());
    }

    @Test
    void a2AServerWrittenInAVmAboveTheNetworkServes() {
        // text order decides between servers too: the network is written after the VM's server here
        Simulation s = Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2012 {
                    nic x cable N { bind vswitch }
                    switch X external on x { host-vnic "vEthernet (X)" { ipv4 static 10.0.0.5/24 } }
                    vm D { nic eth0 on X { ipv4 static 10.0.0.3/24 }  dhcp-server on eth0 range 10.0.0.200 - 10.0.0.210 }
                    vm C { nic eth0 on X }
                }
                """ + LAN));
        assertEquals("10.0.0.200/24", row(s, "C.eth0").address());
        assertEquals("D", row(s, "C.eth0").server());
    }
}
