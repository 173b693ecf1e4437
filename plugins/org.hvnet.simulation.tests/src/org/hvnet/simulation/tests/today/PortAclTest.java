// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rule X-7: a packet leaving a port is checked against its {@code out} rules by destination, one arriving against its
 * {@code in} rules by source; the longest matching prefix decides, Deny wins a tie, no match allows; a denied packet
 * is DROPPED with rule X-7 and traces show every verdict as a hop of kind {@code acl}.
 */
class PortAclTest {

    private static Simulation lab(String aclsOfB) {
        return Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2016 {
                    switch S private
                    vm A { nic eth0 on S { ipv4 static 10.0.0.1/24 } }
                    vm B { nic eth0 on S {
                        ipv4 static 10.0.0.2/24
                        ACLS
                    } }
                    vm C { nic eth0 on S { ipv4 static 10.0.0.3/24 } }
                }
                """.replace("ACLS", aclsOfB)));
    }

    @Test
    void x7AnInRuleDeniesByTheSourceAndTheTraceSaysWhy() {
        Simulation s = lab("acl deny in remote 10.0.0.1/32");
        Trace denied = s.trace("A", "B");
        assertFalse(denied.delivered());
        assertEquals("X-7", denied.rule());
        assertEquals("the port ACL of B.eth0 denies the packet arriving from 10.0.0.1: deny remote 10.0.0.1/32", denied.reason());
        assertEquals(new Hop("B.eth0", "acl", "in: deny remote 10.0.0.1/32 matches 10.0.0.1: denied (rule X-7)"),
                denied.hops().get(denied.hops().size() - 1));
        Trace allowed = s.trace("C", "B");
        assertTrue(allowed.delivered());
        assertTrue(allowed.hops().contains(new Hop("B.eth0", "acl", "in: no rule matches 10.0.0.3: allowed (rule X-7)")));
        assertTrue(s.trace("B", "A").delivered(), "an in rule does not check what leaves");
        assertFalse(s.reachability().reaches(s.endpoint("A"), s.endpoint("B")));
        assertTrue(s.reachability().reaches(s.endpoint("C"), s.endpoint("B")));
    }

    @Test
    void x7AnOutRuleDeniesByTheDestination() {
        Simulation s = lab("acl deny out remote 10.0.0.3/32");
        assertEquals("X-7", s.trace("B", "C").rule());
        assertEquals("the port ACL of B.eth0 denies the packet leaving it to 10.0.0.3: deny remote 10.0.0.3/32", s.trace("B", "C").reason());
        assertTrue(s.trace("B", "A").delivered());
        assertTrue(s.trace("C", "B").delivered(), "an out rule does not check what arrives");
    }

    @Test
    void x7TheLongestPrefixDecidesAndDenyWinsATie() {
        Simulation longest = lab("acl deny in remote 10.0.0.0/24\n acl allow in remote 10.0.0.1/32");
        assertTrue(longest.trace("A", "B").delivered(), "the /32 allow is longer than the /24 deny");
        assertEquals("X-7", longest.trace("C", "B").rule());
        Simulation tie = lab("acl allow both remote 10.0.0.0/24\n acl deny in remote 10.0.0.0/24");
        assertEquals("X-7", tie.trace("A", "B").rule(), "Deny wins a tie");
        assertTrue(tie.trace("B", "A").delivered(), "out: only the allow matches");
    }

    @Test
    void x7NearMissNoMatchingRuleAllows() {
        Simulation s = lab("acl deny both remote 192.168.0.0/16");
        assertTrue(s.trace("A", "B").delivered());
        assertTrue(s.trace("B", "A").delivered());
    }

    @Test
    void x7ARouterVmsPortsAclsCheckTheForwardedPacket() {
        Simulation s = Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2016 {
                    switch L private
                    switch R private
                    vm Gw {
                        routing
                        nic left on L { ipv4 static 10.1.0.1/24 }
                        nic right on R { ipv4 static 10.2.0.1/24  acl deny out remote 10.2.0.20/32 }
                    }
                    vm A { nic eth0 on L { ipv4 static 10.1.0.10/24 gateway 10.1.0.1 } }
                    vm B { nic eth0 on R { ipv4 static 10.2.0.10/24 gateway 10.2.0.1 } }
                    vm C { nic eth0 on R { ipv4 static 10.2.0.20/24 gateway 10.2.0.1 } }
                }
                """));
        assertTrue(s.trace("A", "B").delivered());
        assertEquals("X-7", s.trace("A", "C").rule());
        assertEquals("the port ACL of Gw.right denies the packet leaving it to 10.2.0.20: deny remote 10.2.0.20/32", s.trace("A", "C").reason());
    }
}
