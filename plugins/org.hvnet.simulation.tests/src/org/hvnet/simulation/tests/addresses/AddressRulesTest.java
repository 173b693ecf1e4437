// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Rules and S-5: where every interface's address comes from. */
class AddressRulesTest {

    private static InterfaceAddress row(Simulation simulation, String label) {
        return simulation.addressTable().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no interface " + label + " in " + simulation.addressTable()));
    }

    private static Simulation lab(String hostBody, String networks) {
        return Simulation.of(Labs.of("topology T\n" + networks + "\nhost H platform hyperv-2012 {\n" + hostBody + "\n}\n"));
    }

    private static final String LAN = "network N { subnet 10.0.0.0/24  router 10.0.0.1  dhcp-server 10.0.0.2 range 10.0.0.10 - 10.0.0.12 gateway 10.0.0.1 dns 10.0.0.2 }";

    @Test
    void a1StaticSettingIsUsedAsWritten() {
        Simulation s = lab("nic e cable N { ipv4 static 10.0.0.50/24 gateway 10.0.0.1 }", LAN);
        InterfaceAddress e = row(s, "H.e");
        assertEquals(AddressSource.STATIC, e.source());
        assertEquals("10.0.0.50/24", e.address());
        assertEquals("10.0.0.1", e.gateway());
    }

    @Test
    void a1NearMissNoIpv4LineMeansDhcp() {
        Simulation s = lab("nic e cable N", LAN);
        assertEquals(AddressSource.DHCP, row(s, "H.e").source());
    }

    @Test
    void a2LeasesInFileOrderLowestFreeSkippingStaticAddresses() {
        Simulation s = lab("""
                nic x cable N { bind vswitch }
                switch X external on x
                vm V1 { nic eth0 on X }
                vm V2 { nic eth0 on X { ipv4 static 10.0.0.11/24 } }
                vm V3 { nic eth0 on X }
                """, LAN);
        assertEquals("10.0.0.10/24", row(s, "H.vEthernet (X)").address(), "the implied host vNIC is written first: at its switch's line");
        assertEquals("10.0.0.12/24", row(s, "V1.eth0").address());
        assertEquals("N", row(s, "V1.eth0").server());
        assertEquals("10.0.0.1", row(s, "V1.eth0").gateway());
        assertEquals("10.0.0.2", row(s, "V1.eth0").dns());
        assertEquals(AddressSource.APIPA, row(s, "V3.eth0").source(), "rule A-2: a full scope gives no lease");
        assertEquals("the DHCP scope of N, the server of the segment, is full (rule A-3)", row(s, "V3.eth0").note());
    }

    @Test
    void a2VmDhcpServerLeasesWithItsNicsPrefix() {
        Simulation s = lab("""
                switch L internal { host-vnic hv { ipv4 static 172.20.0.1/16 } }
                vm D { nic eth0 on L { ipv4 static 172.20.0.2/16 }  dhcp-server on eth0 range 172.20.5.1 - 172.20.5.9 gateway 172.20.0.1 }
                vm C { nic eth0 on L }
                """, "");
        assertEquals("172.20.5.1/16", row(s, "C.eth0").address());
        assertEquals("D", row(s, "C.eth0").server());
    }

    @Test
    void a2AServerOnAnotherVmsNicServesFromThatNicInAModelBuiltWithoutTheDsl() {
        // the DSL scopes "dhcp-server on" to the VM's own NICs; an EMF model may point at another VM's NIC
        List<Topology> topologies = Labs.of("""
                topology T
                host H platform hyperv-2012 {
                    switch L internal { host-vnic hv { ipv4 static 172.20.0.1/16 } }
                    switch M internal { host-vnic hm { ipv4 static 172.30.0.1/16 } }
                    vm D { nic eth0 on L { ipv4 static 172.20.0.2/16 }  dhcp-server on eth0 range 172.20.5.1 - 172.20.5.9 }
                    vm C { nic eth0 on L }
                    vm E { nic eth0 on M { ipv4 static 172.30.0.2/16 } }
                    vm F { nic eth0 on M }
                }
                """);
        Host host = Labs.host(topologies, "H");
        VirtualMachine d = host.getVms().get(0);
        VirtualMachine e = host.getVms().get(2);
        d.getDhcpServers().get(0).setNic(e.getNics().get(0));
        Simulation s = Simulation.of(topologies);
        assertEquals("172.20.5.1/16", row(s, "F.eth0").address(), "D's range, served in E's segment, with E's prefix");
        assertEquals("D", row(s, "F.eth0").server());
        assertEquals(AddressSource.APIPA, row(s, "C.eth0").source(), "D serves no longer on its own NIC's segment");
    }

    @Test
    void a3ApipaIsDeterministicUniqueAndInRange() {
        StringBuilder vms = new StringBuilder("switch P private\n");
        for (int i = 0; i < 40; i++) {
            vms.append("vm V").append(i).append(" { nic eth0 on P }\n");
        }
        Simulation first = lab(vms.toString(), "");
        Simulation second = lab(vms.toString(), "");
        List<String> addresses = first.addressTable().stream().map(InterfaceAddress::address).toList();
        assertEquals(addresses, second.addressTable().stream().map(InterfaceAddress::address).toList());
        assertEquals(40, addresses.stream().distinct().count());
        for (InterfaceAddress row : first.addressTable()) {
            assertEquals(AddressSource.APIPA, row.source());
            String[] octets = row.address().replace("/16", "").split("\\.");
            assertEquals("169", octets[0]);
            assertEquals("254", octets[1]);
            int third = Integer.parseInt(octets[2]);
            assertTrue(third >= 1 && third <= 254, row.address());
            assertNull(row.gateway());
        }
    }

    @Test
    void a3NearMissAServerInTheSegmentMeansNoApipa() {
        Simulation s = lab("switch P private\nvm D { nic eth0 on P { ipv4 static 10.9.0.1/24 }  dhcp-server on eth0 range 10.9.0.100 - 10.9.0.101 }\nvm C { nic eth0 on P }", "");
        assertEquals(AddressSource.DHCP, row(s, "C.eth0").source());
    }

    @Test
    void a5NoTcpip4MeansNoAddressEvenWhenStatic() {
        Simulation s = lab("nic e cable N { bind client, tcpip6  ipv4 static 10.0.0.50/24 }", LAN);
        assertEquals(AddressSource.NONE, row(s, "H.e").source());
        assertNull(row(s, "H.e").address());
        assertEquals("no TCP/IPv4 binding (rule A-5)", row(s, "H.e").note());
    }

    @Test
    void a5NearMissTcpip4BoundGivesAnAddress() {
        Simulation s = lab("nic e cable N { bind client, tcpip4  ipv4 static 10.0.0.50/24 }", LAN);
        assertEquals(AddressSource.STATIC, row(s, "H.e").source());
    }

    @Test
    void s5VirtualServerDhcpServiceLeasesButHyperVIgnoresIt() {
        String text = """
                topology T
                host VS platform virtual-server {
                    switch Net private { dhcp-service range 192.168.131.10 - 192.168.131.20 gateway 192.168.131.1 }
                    vm A { nic eth0 on Net }
                }
                host HV platform hyperv-2012 {
                    switch Net private { dhcp-service range 192.168.132.10 - 192.168.132.20 }
                    vm B { nic eth0 on Net }
                }
                """;
        Simulation s = Simulation.of(Labs.of(text));
        assertEquals("192.168.131.10/24", row(s, "A.eth0").address());
        assertEquals("VS.Net", row(s, "A.eth0").server());
        assertEquals(AddressSource.APIPA, row(s, "B.eth0").source());
    }

    @Test
    void a3WithoutALinkEvenAStaticInterfaceHasNoAddress() {
        Simulation s = lab("nic e { ipv4 static 10.0.0.50/24 }\nvm V { nic eth0 { ipv4 static 10.0.0.51/24 } }", LAN);
        for (String label : List.of("H.e", "V.eth0")) {
            assertEquals(AddressSource.NONE, row(s, label).source(), label);
            assertNull(row(s, label).address(), label);
            assertEquals("connected to no switch or network: without a link its static address is not used (rule A-3)", row(s, label).note());
        }
        assertEquals("A-5", s.trace("V", "10.0.0.50").rule(), "a sender without an address");
    }

    @Test
    void a3NearMissACabledStaticInterfaceKeepsItsAddress() {
        Simulation s = lab("nic e cable N { ipv4 static 10.0.0.50/24 }", LAN);
        assertEquals("10.0.0.50/24", row(s, "H.e").address());
    }

    @Test
    void s7UnconnectedVmNicHasNoAddressAndNoSegment() {
        Simulation s = lab("vm V { nic eth0 }", "");
        assertEquals(AddressSource.NONE, row(s, "V.eth0").source());
        assertNull(row(s, "V.eth0").segment());
        assertNotEquals(null, row(s, "V.eth0").note());
    }
}
