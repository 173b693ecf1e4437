// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.simulation.traffic.Verdict;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Rules T-2 to T-7, A-4 and I-4: traces and their drops, each with its rule id. */
class TrafficRulesTest {

    private static Simulation lab(String text) {
        return Simulation.of(Labs.of("topology T\n" + text));
    }

    private static void assertDropped(Trace trace, String rule) {
        assertEquals(Verdict.DROPPED, trace.verdict(), trace::toString);
        assertEquals(rule, trace.rule(), trace::toString);
        assertFalse(trace.reason().isBlank());
    }

    /** The details of the hops of one kind, in order. */
    private static List<String> details(Trace trace, String kind) {
        return trace.hops().stream().filter(hop -> hop.kind().equals(kind)).map(hop -> hop.detail()).toList();
    }

    private static void assertDelivered(Trace trace) {
        assertEquals(Verdict.DELIVERED, trace.verdict(), trace::toString);
        assertNull(trace.rule());
    }

    private static final String TWO_SUBNETS = """
            host H platform hyperv-2012 {
                switch L internal { host-vnic hv { ipv4 static 10.0.1.1/24 } }
                %s
                vm A { nic eth0 on L { ipv4 static 10.0.1.10/24 gateway 10.0.1.1 } }
                switch M internal { host-vnic hm { ipv4 static 10.0.2.1/24 } }
                vm B { nic eth0 on M { ipv4 static 10.0.2.10/24 gateway 10.0.2.1 } }
                vm C { nic eth0 on M { ipv4 static 10.0.2.11/24 gateway 10.0.2.99 } }
                vm D { nic eth0 on M { ipv4 static 10.0.2.12/24 } }
            }
            """;

    @Test
    void t3OnLinkDeliveryWithinTheSegment() {
        Trace trace = lab(TWO_SUBNETS.formatted("")).trace("B", "D");
        assertDelivered(trace);
        assertEquals("B.eth0", trace.hops().get(0).at());
    }

    @Test
    void t3NearMissOnLinkAddressThatNobodyHas() {
        assertDropped(lab(TWO_SUBNETS.formatted("")).trace("B", "10.0.2.200"), "T-3");
    }

    @Test
    void t3NoDefaultGatewayIsNoRoute() {
        assertDropped(lab(TWO_SUBNETS.formatted("")).trace("D", "A"), "T-3");
    }

    @Test
    void t4GatewayNotInSegment() {
        assertDropped(lab(TWO_SUBNETS.formatted("rras routing")).trace("C", "A"), "T-4");
    }

    @Test
    void t5HostRoutesOnlyWithRrasRouting() {
        assertDropped(lab(TWO_SUBNETS.formatted("")).trace("A", "B"), "T-5");
        Trace routed = lab(TWO_SUBNETS.formatted("rras routing")).trace("A", "B");
        assertDelivered(routed);
        assertTrue(routed.hops().stream().anyMatch(h -> h.kind().equals("router") && h.at().equals("H")), routed::toString);
    }

    @Test
    void t4DuplicateAddressInTheSegment() {
        Simulation s = lab("""
                host H platform hyperv-2012 {
                    switch P private
                    vm A { nic eth0 on P { ipv4 static 10.0.0.1/24 } }
                    vm B { nic eth0 on P { ipv4 static 10.0.0.2/24 } }
                    vm C { nic eth0 on P { ipv4 static 10.0.0.2/24 } }
                }
                """);
        assertDropped(s.trace("A", "10.0.0.2"), "T-4");
        assertEquals("duplicate address: 10.0.0.2 is used by 2 interfaces in segment H.P (rule V-6)", s.trace("A", "10.0.0.2").reason());
    }

    @Test
    void t4RoutingLoopEndsWithTtl() {
        Simulation s = lab("""
                host H platform hyperv-2012 {
                    switch P private
                    vm A { nic eth0 on P { ipv4 static 10.0.0.1/24 gateway 10.0.0.2 } }
                    vm R1 { nic eth0 on P { ipv4 static 10.0.0.2/24 gateway 10.0.0.3 }  routing }
                    vm R2 { nic eth0 on P { ipv4 static 10.0.0.3/24 gateway 10.0.0.2 }  routing }
                }
                """);
        Trace trace = s.trace("A", "10.50.0.1");
        assertDropped(trace, "T-4");
        assertEquals("TTL expired after 64 hops: a routing loop", trace.reason());
    }

    private static final String OFFICE = """
            network Office { subnet 192.168.1.0/24  router 192.168.1.1 internet }
            host H platform hyperv-2012 {
                nic e cable Office { bind vswitch }
                switch Ext external on e { host-vnic pub { ipv4 static 192.168.1.5/24 gateway 192.168.1.1 } }
                switch L internal { host-vnic priv { ipv4 static 10.0.0.1/24 } }
                %s
                vm A { nic eth0 on L { ipv4 static 10.0.0.10/24 gateway 10.0.0.1 } }
                vm W { nic eth0 on L { ipv4 static 10.0.0.20/24 gateway 10.0.0.1 } }
                vm Z { nic eth0 on L }
            }
            host P platform hyperv-2012 { nic e cable Office { ipv4 static 192.168.1.50/24 gateway 192.168.1.5 } }
            """;

    @Test
    void t6NatTranslatesTheSourceAndT3aDeliversToTheInternet() {
        Trace trace = lab(OFFICE.formatted("rras nat public pub private priv")).trace("A", "8.8.8.8");
        assertDelivered(trace);
        assertEquals(List.of("source 10.0.0.10 -> 192.168.1.5 (replies are translated back)"), details(trace, "nat"));
        assertEquals("internet", trace.hops().get(trace.hops().size() - 1).kind());
    }

    @Test
    void t6NearMissWithoutNatTheHostDoesNotForward() {
        assertDropped(lab(OFFICE.formatted("")).trace("A", "8.8.8.8"), "T-5");
    }

    @Test
    void t6UnsolicitedInboundIsDroppedUnlessAPortMappingExists() {
        Simulation s = lab(OFFICE.formatted("rras nat public pub private priv forward tcp 80 to 10.0.0.20"));
        assertDropped(s.trace("P", "A"), "T-6");
        assertDelivered(s.trace("P", "W"));
        assertEquals(List.of("port mapping tcp 80 -> 10.0.0.20:80 admits the connection from the public side"), details(s.trace("P", "W"), "nat"));
    }

    @Test
    void t3aPrivateDestinationWithoutRouteIsNeverSentToTheInternet() {
        assertDropped(lab(OFFICE.formatted("rras nat public pub private priv")).trace("A", "172.16.5.5"), "T-3a");
    }

    @Test
    void a4ApipaIsNotForwardedByARouter() {
        Simulation s = lab(OFFICE.formatted("rras routing nat public pub private priv"));
        assertDropped(s.trace("Z", "P"), "T-3");
        assertDropped(s.trace("A", "169.254.10.10"), "A-4");
    }

    @Test
    void a4NearMissApipaOnLinkIsDelivered() {
        Simulation s = lab("host H platform hyperv-2012 { switch P private  vm A { nic eth0 on P }  vm B { nic eth0 on P } }");
        assertDelivered(s.trace("A", "B"));
    }

    @Test
    void a5SourceWithoutAddressIsDropped() {
        Simulation s = lab("host H platform hyperv-2012 { switch P private  vm A { nic eth0 on P { bind client } }  vm B { nic eth0 on P } }");
        assertDropped(s.trace("A", "B"), "A-5");
    }

    @Test
    void i4HypervisorDispatchIsAHopOnHyperVOnly() {
        String lab = "host H platform %s { switch P private  vm A { nic eth0 on P { ipv4 static 10.0.0.1/24 } }  vm B { nic eth0 on P { ipv4 static 10.0.0.2/24 } } }";
        Trace hyperV = lab(lab.formatted("hyperv-2008")).trace("A", "B");
        assertEquals(List.of("dispatches by destination MAC to the child partition B (rule I-4)"), details(hyperV, "hypervisor"));
        Trace hosted = lab(lab.formatted("virtual-server")).trace("A", "B");
        assertDelivered(hosted);
        assertTrue(hosted.hops().stream().noneMatch(h -> h.kind().equals("hypervisor")), hosted::toString);
    }

    @Test
    void t2PrivateSwitchHostHasNoPort() {
        Simulation s = lab("host H platform hyperv-2012 { switch I internal { host-vnic h { ipv4 static 10.0.0.1/24 } }  switch P private  vm A { nic eth0 on P { ipv4 static 10.0.0.2/24 } } }");
        assertDropped(s.trace("A", "H"), "T-3");
        assertFalse(s.reachability().reaches(s.endpoint("A"), s.endpoint("H")));
    }
}
