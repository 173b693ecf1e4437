// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.simulation.tests.AddressRows;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rules X-4 (DhcpGuard removes a server, RouterGuard and MAC spoofing shown in traces), X-5 (the MACs of the host's
 * pool, in the order written) and X-6 (a team behaves as one NIC; traces name its members).
 */
class GuardsMacsAndTeamsTest {

    private static final String GUARDED = """
            topology T
            host H platform hyperv-2016 {
                switch L private
                vm Rogue { nic eth0 on L GUARD { ipv4 static 10.0.0.9/24 }  dhcp-server on eth0 range 10.0.0.200 - 10.0.0.210 }
                vm Dc { nic eth0 on L { ipv4 static 10.0.0.1/24 }  dhcp-server on eth0 range 10.0.0.100 - 10.0.0.199 }
                vm C { nic eth0 on L }
            }
            """;

    @Test
    void x4DhcpGuardRemovesTheServerBehindIt() {
        Simulation guarded = Simulation.of(Labs.of(GUARDED.replace("GUARD", "dhcp-guard")));
        assertEquals("10.0.0.100/24", AddressRows.row(guarded, "C.eth0").address());
        assertEquals("Dc", AddressRows.row(guarded, "C.eth0").server());
        Simulation open = Simulation.of(Labs.of(GUARDED.replace("GUARD", "")));
        assertEquals("Rogue", AddressRows.row(open, "C.eth0").server(), "near miss: without the guard the first server written serves");
    }

    @Test
    void x4AClientWhoseOnlyServerIsGuardedGetsApipaAndTheNoteSaysWhy() {
        Simulation s = Simulation.of(Labs.of(GUARDED.replace("GUARD", "dhcp-guard").replace(
                "vm Dc { nic eth0 on L { ipv4 static 10.0.0.1/24 }  dhcp-server on eth0 range 10.0.0.100 - 10.0.0.199 }", "")));
        assertEquals(AddressSource.APIPA, AddressRows.row(s, "C.eth0").source());
        assertEquals("DhcpGuard drops the offers of the DHCP server of Rogue, and no other DHCP server is in the segment (rules X-4, A-3)",
                AddressRows.row(s, "C.eth0").note());
    }

    @Test
    void x4RouterGuardAndMacSpoofingAreShownInTracesThatCrossThePort() {
        Simulation s = Simulation.of(Labs.of(GUARDED.replace("GUARD", "router-guard mac-spoofing")));
        Trace trace = s.trace("Rogue", "Dc");
        assertTrue(trace.delivered());
        assertTrue(trace.hops().contains(new Hop("H.L", "switch", "private switch; port Rogue.eth0: RouterGuard drops router advertisements"
                + " and redirects from it, MAC spoofing is allowed, so frames with other source MACs leave it too; this packet passes"
                + " (rule X-4)")), trace.hops()::toString);
        assertTrue(s.trace("Dc", "Rogue").hops().contains(new Hop("H.L", "switch", "private switch")), "the guards filter what leaves Rogue");
    }

    @Test
    void x5TheDefaultPoolComesFromTheFirstStaticAddressAndMacsAreGivenInTheOrderWritten() {
        Simulation s = Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2016 {
                    vm Early { nic eth0 on S }
                    switch S internal { host-vnic "vEthernet (S)" { ipv4 static 10.10.0.21/24 } }
                    vm Written { nic eth0 mac 00-15-5D-00-15-01 on S }
                    vm Late { nic eth0 on S }
                    nic Physical
                }
                host G platform hyperv-2016 { switch P private  vm Lone { nic eth0 on P } }
                host K platform hyperv-2016 { switch P private  vm Lone2 { nic eth0 on P } }
                host VPC platform virtual-pc { switch P private  vm Old { nic eth0 on P } }
                """));
        assertEquals("00-15-5D-00-15-00", AddressRows.row(s, "Early.eth0").mac(), "written first");
        assertEquals("00-15-5D-00-15-02", AddressRows.row(s, "H.vEthernet (S)").mac(), "01 is written on Written.eth0");
        assertEquals("00-15-5D-00-15-01", AddressRows.row(s, "Written.eth0").mac());
        assertEquals("00-15-5D-00-15-03", AddressRows.row(s, "Late.eth0").mac());
        assertNull(AddressRows.row(s, "H.Physical").mac(), "a physical NIC has the MAC written, or none known");
        assertEquals("00-15-5D-00-00-00", AddressRows.row(s, "Lone.eth0").mac(), "the first host without a static address: 00-00");
        assertEquals("00-15-5D-00-01-00", AddressRows.row(s, "Lone2.eth0").mac(), "the second: 00-01");
        assertNull(AddressRows.row(s, "Old.eth0").mac(), "the hosted products have no pool of Hyper-V's");
    }

    @Test
    void x5TheExpectationOfTheLanguageReferencesExampleHolds() {
        // the host vNICs "vEthernet (Management)" and "vEthernet (Nat)" are written first: Web.eth0 takes the third MAC
        List<ExpectationResult> results = Simulation.of(Labs.of(HvnetTestFiles.todaysHyperV())).expectations();
        assertEquals(1, results.size());
        assertTrue(results.get(0).passed(), results.get(0).found());
    }

    @Test
    void x5AWrittenPoolIsUsedAndAnExhaustedPoolLeavesTheLastNicsWithoutMac() {
        Simulation s = Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2016 {
                    mac-pool 00-15-5D-0A-15-00 - 00-15-5D-0A-15-01
                    switch P private
                    vm A { nic eth0 on P }
                    vm B { nic eth0 on P }
                    vm C { nic eth0 on P }
                }
                """));
        assertEquals("00-15-5D-0A-15-00", AddressRows.row(s, "A.eth0").mac());
        assertEquals("00-15-5D-0A-15-01", AddressRows.row(s, "B.eth0").mac());
        assertNull(AddressRows.row(s, "C.eth0").mac(), "V-14 reports the exhausted pool");
    }

    @Test
    void x5WrittenMacsAreSkippedWhereverTheyAreWrittenAndCountOnceAgainstThePool() {
        // written out of order, one of them twice, one on a physical NIC, one outside the pool: 00, 02 and 05 are free
        List<Topology> lab = Labs.of("""
                topology T
                host H platform hyperv-2016 {
                    mac-pool 00-15-5D-0A-15-00 - 00-15-5D-0A-15-05
                    nic Physical mac 00-15-5D-0A-15-04
                    switch P private
                    vm A { nic eth0 mac 00-15-5D-0A-15-03 on P }
                    vm B { nic eth0 on P }
                    vm C { nic eth0 mac 00-15-5D-0A-15-01 on P  nic eth1 mac 00-15-5D-0A-15-01 on P }
                    vm D { nic eth0 mac 00-15-5D-0B-00-00 on P }
                    vm E { nic eth0 on P  nic eth1 on P }
                    vm F { nic eth0 on P }
                    vm G { nic eth0 on P }
                }
                """);
        Simulation s = Simulation.of(lab);
        SimulatedModel model = SimulatedModel.of(lab);
        assertEquals(3, model.macs().free(model.topologies().get(0).getHosts().get(0)), "V-14 counts 01 once");
        assertEquals("00-15-5D-0A-15-00", AddressRows.row(s, "B.eth0").mac());
        assertEquals("00-15-5D-0A-15-02", AddressRows.row(s, "E.eth0").mac(), "01 is written on C, twice");
        assertEquals("00-15-5D-0A-15-05", AddressRows.row(s, "E.eth1").mac(), "03 is written on A, 04 on the physical NIC");
        assertNull(AddressRows.row(s, "F.eth0").mac(), "three of the six are written: three are free, and taken");
        assertNull(AddressRows.row(s, "G.eth0").mac());
        assertEquals("00-15-5D-0A-15-03", AddressRows.row(s, "A.eth0").mac(), "a written MAC stays");
    }

    @Test
    void x6ATeamBehavesAsOneNicAndTracesNameItsMembers() {
        Simulation s = Simulation.of(Labs.of("""
                topology T
                network Corp { subnet 10.0.0.0/24  router 10.0.0.1 internet }
                host H platform hyperv-2016 {
                    nic N1 cable Corp { bind vswitch }
                    nic N2 cable Corp { bind vswitch }
                    switch Set external on N1, N2 embedded-teaming
                    vm V { nic eth0 on Set { ipv4 static 10.0.0.5/24 gateway 10.0.0.1 } }
                }
                """));
        Trace trace = s.trace("V", "8.8.8.8");
        assertTrue(trace.delivered(), trace::toString);
        assertTrue(trace.hops().contains(new Hop("H", "hypervisor", "sends the frame out through the team of physical NICs 'N1', 'N2'"
                + " (Switch Embedded Teaming: as one NIC) (rules I-4, X-6)")), trace.hops()::toString);
    }
}
