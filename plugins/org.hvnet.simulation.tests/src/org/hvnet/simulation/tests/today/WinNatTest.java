// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.tests.AddressRows;
import org.hvnet.simulation.traffic.DestinationPort;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rules X-1 (WinNAT: a NetNat on an internal switch) and X-2 (the Default Switch: ICS's DHCP and NAT): the source of
 * packets leaving the prefix becomes the host's address on the egress interface; from outside only static mappings
 * reach inside, by address in reachability and by port in traces ({@code --port}).
 */
class WinNatTest {

    private static final String LAB = """
            topology T
            network Office {
                subnet 192.168.1.0/24
                router 192.168.1.1 internet
            }
            host HV platform hyperv-2016 {
                nic e cable Office { bind vswitch }
                switch X external on e { host-vnic "vEthernet (X)" { ipv4 static 192.168.1.20/24 gateway 192.168.1.1 } }
                switch Nat internal { host-vnic "vEthernet (Nat)" { ipv4 static 172.20.0.1/24 } }
                netnat LabNat prefix 172.20.0.0/24 {
                    forward tcp 8080 to 172.20.0.10 port 80
                }
                vm Web { nic eth0 on Nat { ipv4 static 172.20.0.10/24 gateway 172.20.0.1 } }
                vm Db { nic eth0 on Nat { ipv4 static 172.20.0.11/24 gateway 172.20.0.1 } }
            }
            host Admin platform hyperv-client { nic e cable Office { ipv4 static 192.168.1.61/24 gateway 192.168.1.20 } }
            host Ws platform hyperv-client { nic e cable Office { ipv4 static 192.168.1.60/24 gateway 192.168.1.1 } }
            """;

    @Test
    void x1PacketsLeavingThePrefixTakeTheHostsAddressOnTheEgressInterface() {
        Trace trace = Simulation.of(Labs.of(LAB)).trace("Db", "8.8.8.8");
        assertTrue(trace.delivered(), trace::toString);
        assertTrue(trace.hops().contains(new Hop("HV", "nat", "NetNat LabNat: source 172.20.0.11 -> 192.168.1.20 (replies are translated back,"
                + " rule X-1)")), trace.hops()::toString);
    }

    @Test
    void x1FromOutsideOnlyTheStaticMappingsAddressIsReached() {
        Simulation s = Simulation.of(Labs.of(LAB));
        Trace blocked = s.trace("Admin", "Db");
        assertEquals("X-1", blocked.rule());
        assertEquals("NetNat LabNat on HV drops a connection from outside to 172.20.0.11: only its static mappings reach its prefix"
                + " 172.20.0.0/24", blocked.reason());
        Trace mapped = s.trace("Admin", "Web");
        assertTrue(mapped.delivered(), mapped::toString);
        assertTrue(mapped.hops().contains(new Hop("HV", "nat", "static mapping tcp 8080 -> 172.20.0.10:80 of NetNat LabNat admits the"
                + " connection from outside (rule X-1)")), mapped.hops()::toString);
        assertTrue(s.reachability().reaches(s.endpoint("Admin"), s.endpoint("Web")), "mappings count as reachable");
        assertFalse(s.reachability().reaches(s.endpoint("Admin"), s.endpoint("Db")));
    }

    @Test
    void x1ATraceWithAPortFollowsTheStaticMappingToTheInsideAddress() {
        Simulation s = Simulation.of(Labs.of(LAB));
        Trace trace = s.trace("Ws", "192.168.1.20", DestinationPort.valueOf("tcp/8080"));
        assertTrue(trace.delivered(), trace::toString);
        assertEquals("delivered to Web", trace.reason());
        assertTrue(trace.hops().contains(new Hop("HV", "nat", "destination 192.168.1.20:8080 -> 172.20.0.10:80 (static mapping"
                + " tcp 8080 -> 172.20.0.10:80 of NetNat LabNat)")), trace.hops()::toString);
        assertEquals("delivered to HV", s.trace("Ws", "192.168.1.20", DestinationPort.valueOf("tcp/22")).reason(), "no mapping: the host");
        assertEquals("delivered to HV", s.trace("Ws", "192.168.1.20").reason(), "no port: the host");
        Trace wrongPort = s.trace("Admin", "172.20.0.10", DestinationPort.valueOf("tcp/22"));
        assertEquals("X-1", wrongPort.rule(), "by address, only the mapping's inside port is admitted");
        assertTrue(s.trace("Admin", "172.20.0.10", DestinationPort.valueOf("tcp/80")).delivered());
    }

    @Test
    void x1NearMissAHostWithoutNetNatDoesNotForward() {
        String withoutNat = LAB.replaceAll("(?s)    netnat LabNat.*?\n    }\n", "");
        Simulation s = Simulation.of(Labs.of(withoutNat));
        assertFalse(withoutNat.contains("netnat"), withoutNat);
        assertEquals("T-5", s.trace("Db", "8.8.8.8").rule());
    }

    @Test
    void x1WinNatGivesNoDhcp() {
        Simulation s = Simulation.of(Labs.of(LAB.replace("vm Db { nic eth0 on Nat { ipv4 static 172.20.0.11/24 gateway 172.20.0.1 } }",
                "vm Db { nic eth0 on Nat }")));
        assertEquals(AddressSource.APIPA, AddressRows.row(s, "Db.eth0").source());
    }

    private static final String LAPTOP = """
            topology T
            network Home {
                subnet 192.168.178.0/24
                router 192.168.178.1 internet
                dhcp-server 192.168.178.2 range 192.168.178.20 - 192.168.178.200 gateway 192.168.178.1
            }
            host LAPTOP platform hyperv-client {
                nic "Wi-Fi" cable Home
                switch "Default Switch" default SUBNET
                vm Dev { nic eth0 on "Default Switch" }
                vm Test { nic eth0 on "Default Switch" }
            }
            expect address Dev.eth0 dhcp from "Default Switch"
            expect address Dev.eth0 dhcp from Home
            """;

    @Test
    void x2TheDefaultSwitchLeasesFromItsSecondAddressWithTheHostVnicAsGatewayAndNatsOut() {
        Simulation s = Simulation.of(Labs.of(LAPTOP.replace("SUBNET", "")));
        assertEquals("172.17.16.1/20", AddressRows.row(s, "LAPTOP.vEthernet (Default Switch)").address());
        assertEquals(AddressSource.STATIC, AddressRows.row(s, "LAPTOP.vEthernet (Default Switch)").source());
        assertEquals("172.17.16.2/20", AddressRows.row(s, "Dev.eth0").address());
        assertEquals("172.17.16.1", AddressRows.row(s, "Dev.eth0").gateway());
        assertEquals("172.17.16.1", AddressRows.row(s, "Dev.eth0").dns());
        assertEquals("Default Switch", AddressRows.row(s, "Dev.eth0").server());
        assertEquals("172.17.16.3/20", AddressRows.row(s, "Test.eth0").address());
        assertEquals(List.of(true, false), s.expectations().stream().map(r -> r.passed()).toList());
        Trace out = s.trace("Dev", "8.8.8.8");
        assertTrue(out.delivered(), out::toString);
        assertTrue(out.hops().contains(new Hop("LAPTOP", "nat", "Default Switch \"Default Switch\": source 172.17.16.2 -> 192.168.178.20"
                + " (replies are translated back, rule X-2)")), out.hops()::toString);
    }

    @Test
    void x2APinnedSubnetIsUsed() {
        Simulation s = Simulation.of(Labs.of(LAPTOP.replace("SUBNET", "subnet 172.29.16.0/20")));
        assertEquals("172.29.16.1/20", AddressRows.row(s, "LAPTOP.vEthernet (Default Switch)").address());
        assertEquals("172.29.16.2/20", AddressRows.row(s, "Dev.eth0").address());
    }
}
