// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.tests.AddressRows;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rule X-3: ports of different VLANs on one switch are different segments; an external switch's VLAN joins the
 * network on its uplink's cables that has that VLAN; a VLAN no network carries is a segment of the switch alone
 * (and of the other external switches cabled to the same networks); a trunk port's address is in its native VLAN.
 */
class VlanSegmentsTest {

    static Simulation lab(String text) {
        return Simulation.of(Labs.of("topology T\n" + text));
    }

    @Test
    void x3TwoVmsOnVlans10And20OfOneSwitchDoNotReachEachOther() {
        Simulation s = lab("""
                host H platform hyperv-2016 {
                    switch S private
                    vm A { nic eth0 on S vlan 10 { ipv4 static 10.0.0.1/24 } }
                    vm B { nic eth0 on S vlan access 20 { ipv4 static 10.0.0.2/24 } }
                    vm C { nic eth0 vlan 10 on S { ipv4 static 10.0.0.3/24 } }
                }
                """);
        Trace ab = s.trace("A", "B");
        assertFalse(ab.delivered());
        assertEquals("T-3", ab.rule());
        assertEquals("no interface has 10.0.0.2 in segment H.S vlan 10", ab.reason());
        assertTrue(s.trace("A", "C").delivered(), "the same VLAN");
        assertTrue(s.trace("A", "C").hops().contains(new Hop("H.S", "switch", "private switch, VLAN 10 (rule X-3)")),
                s.trace("A", "C").hops()::toString);
        assertFalse(s.reachability().reaches(s.endpoint("A"), s.endpoint("B")));
    }

    @Test
    void x3NearMissUntaggedPortsShareTheSwitch() {
        Simulation s = lab("""
                host H platform hyperv-2016 {
                    switch S private
                    vm A { nic eth0 on S { ipv4 static 10.0.0.1/24 } }
                    vm B { nic eth0 on S { ipv4 static 10.0.0.2/24 } }
                }
                """);
        assertTrue(s.trace("A", "B").delivered());
    }

    @Test
    void x3AnAccessPortJoinsTheNetworkOfItsVlanOnTheUplinksCable() {
        Simulation s = lab("""
                network Corp { subnet 10.0.0.0/24  dhcp-server 10.0.0.2 range 10.0.0.100 - 10.0.0.199 }
                network Mgmt { vlan 10  subnet 10.10.0.0/24  dhcp-server 10.10.0.2 range 10.10.0.100 - 10.10.0.199 }
                host H platform hyperv-2016 {
                    nic P cable Corp, Mgmt { bind vswitch }
                    switch X external on P { host-vnic "vEthernet (Mgmt)" vlan access 10 }
                    vm Untagged { nic eth0 on X }
                    vm Tagged { nic eth0 on X vlan 10 }
                }
                """);
        assertEquals("Corp", AddressRows.row(s, "Untagged.eth0").server());
        assertEquals("Corp", AddressRows.row(s, "Untagged.eth0").segment());
        assertEquals("Mgmt", AddressRows.row(s, "Tagged.eth0").server());
        assertEquals("10.10.0.100/24", AddressRows.row(s, "H.vEthernet (Mgmt)").address(), "the host vNIC on VLAN 10, written first");
        assertEquals("10.10.0.101/24", AddressRows.row(s, "Tagged.eth0").address());
    }

    @Test
    void x3AVlanThatNoNetworkCarriesMeetsTheSameVlanOfSwitchesCabledToTheSameNetwork() {
        Simulation s = lab("""
                network Corp { subnet 10.0.0.0/24 }
                host H1 platform hyperv-2016 {
                    nic P cable Corp { bind vswitch }
                    switch X external on P
                    vm A { nic eth0 on X vlan 30 { ipv4 static 10.30.0.1/24 } }
                }
                host H2 platform hyperv-2016 {
                    nic P cable Corp { bind vswitch }
                    switch X external on P
                    vm B { nic eth0 on X vlan 30 { ipv4 static 10.30.0.2/24 } }
                    vm C { nic eth0 on X vlan 31 { ipv4 static 10.30.0.3/24 } }
                }
                """);
        assertTrue(s.trace("A", "B").delivered(), "VLAN 30 crosses the physical network between the two hosts");
        assertFalse(s.trace("A", "C").delivered(), "VLAN 31 is another segment");
        assertEquals("H1.X vlan 30", AddressRows.row(s, "B.eth0").segment());
    }

    @Test
    void x3ATrunkPortsAddressIsInItsNativeVlan() {
        Simulation s = lab("""
                host H platform hyperv-2016 {
                    switch S private
                    vm R { nic eth0 on S vlan trunk 10, 20-29 native 20 { ipv4 static 10.0.0.1/24 } }
                    vm A { nic eth0 on S vlan 20 { ipv4 static 10.0.0.2/24 } }
                    vm B { nic eth0 on S vlan 10 { ipv4 static 10.0.0.3/24 } }
                }
                """);
        assertTrue(s.trace("R", "A").delivered());
        assertFalse(s.trace("R", "B").delivered());
        assertEquals(List.of(10, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29), AddressRows.row(s, "R.eth0").vlan().trunk());
        assertEquals("trunk 10,20-29 native 20", AddressRows.row(s, "R.eth0").vlan().text());
        assertEquals(20, AddressRows.row(s, "A.eth0").vlan().access());
    }

    @Test
    void x3ADhcpClientOnAnotherVlanThanTheServerGetsApipa() {
        Simulation s = lab("""
                host H platform hyperv-2016 {
                    switch S internal { host-vnic "vEthernet (S)" { ipv4 static 10.0.0.254/24 } }
                    vm D { nic eth0 on S { ipv4 static 10.0.0.1/24 }  dhcp-server on eth0 range 10.0.0.100 - 10.0.0.199 }
                    vm Same { nic eth0 on S }
                    vm Other { nic eth0 on S vlan 5 }
                }
                """);
        assertEquals(AddressSource.DHCP, AddressRows.row(s, "Same.eth0").source());
        assertEquals(AddressSource.APIPA, AddressRows.row(s, "Other.eth0").source());
    }
}
