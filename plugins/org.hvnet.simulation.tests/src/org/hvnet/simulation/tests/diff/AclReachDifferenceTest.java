// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ReachDifference;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rules T-8 and X-7 together: a port ACL decides by the packet's source, so a class walk's final on-link lookup
 * reaches a guarded endpoint from some sources only, and the counts of pairs both versions reach must not take it in
 * bulk. Three VMs of one segment, B's port denying what arrives from A: the pair A -> B is the only one it changes.
 */
class AclReachDifferenceTest {

    private static List<Topology> segment(String aclsOfB) {
        return Labs.of("""
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
                """.replace("ACLS", aclsOfB));
    }

    private static final String DENY_A = "acl deny in remote 10.0.0.1/32";

    @Test
    void t8x7ASegmentWithAnAclAgainstItselfGainsAndLosesNothing() {
        Simulation guarded = Simulation.of(segment(DENY_A));
        ReachDifference same = ReachDifference.between(guarded.reachSide(), Simulation.of(segment(DENY_A)).reachSide(), 10);
        assertEquals(0, same.gained(), "gained");
        assertEquals(0, same.lost(), "lost");
        ReachDifferenceTest.assertAgreesWithBruteForce(guarded, Simulation.of(segment(DENY_A)), "acl against itself");
    }

    @Test
    void t8x7AddingAnInRuleLosesExactlyThePairItDenies() {
        Simulation open = Simulation.of(segment(""));
        Simulation guarded = Simulation.of(segment(DENY_A));
        ReachDifference added = ReachDifference.between(open.reachSide(), guarded.reachSide(), 10);
        assertEquals(0, added.gained(), "gained");
        assertEquals(1, added.lost(), "lost");
        assertEquals(List.of(new ReachDifference.PairChange("A.eth0", "B.eth0", false)), added.pairs());
        ReachDifference removed = ReachDifference.between(guarded.reachSide(), open.reachSide(), 10);
        assertEquals(1, removed.gained(), "gained");
        assertEquals(0, removed.lost(), "lost");
        ReachDifferenceTest.assertAgreesWithBruteForce(open, guarded, "acl added");
        ReachDifferenceTest.assertAgreesWithBruteForce(guarded, open, "acl removed");
    }

    @Test
    void t8x7AnAllowLongerThanTheDenyKeepsItsSourceOnly() {
        Simulation open = Simulation.of(segment(""));
        Simulation narrowed = Simulation.of(segment("acl deny in remote 10.0.0.0/24\n acl allow in remote 10.0.0.3/32"));
        ReachDifference difference = ReachDifference.between(open.reachSide(), narrowed.reachSide(), 10);
        assertEquals(0, difference.gained(), "gained");
        assertEquals(1, difference.lost(), "lost: A -> B; C is allowed by the longer prefix");
        ReachDifferenceTest.assertAgreesWithBruteForce(open, narrowed, "acl narrowed");
    }
}
