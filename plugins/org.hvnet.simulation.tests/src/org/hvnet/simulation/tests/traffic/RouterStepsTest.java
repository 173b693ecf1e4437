// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilitySummary;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rule T-8 through a network router: the summary walks through it once per way it sends a packet on (on-link in its
 * subnet, to the internet, nowhere; T-3a, A-4), not once per destination class, and shares those walks between
 * senders only when no port ACL or NetNat on the way reads their address. A sharing that lumped two ways
 * together, or two senders that an ACL tells apart, would count what the matrix does not say.
 */
class RouterStepsTest {

    private static Simulation lab() {
        return Simulation.of(Labs.of(HvnetTestFiles.resource(RouterStepsTest.class, "router-steps-lab.hvnet")));
    }

    private static ReachGroup group(ReachabilitySummary summary, String endpoint) {
        return summary.groups().stream().filter(g -> g.endpoint().equals(endpoint)).findFirst()
                .orElseThrow(() -> new AssertionError("no group named by " + endpoint + " in " + summary.groups()));
    }

    @Test
    void t8ExpectationsOfTheLabHold() {
        List<ExpectationResult> results = lab().expectations();
        assertEquals(10, results.size());
        results.forEach(r -> assertTrue(r.passed(), () -> r.text() + ": found " + r.found()));
    }

    @Test
    void t8MatrixAgreesWithTraceForEveryPair() {
        Simulation simulation = lab();
        TraceAgreement.assertEveryPair(simulation, simulation.matrix(), "router-steps-lab");
    }

    @Test
    void t8SummaryCountsWhatTheMatrixSays() {
        MatrixCounts.assertSummaryAgrees(lab(), "router-steps-lab");
    }

    @Test
    void t8SendersThatAnAclTellsApartKeepTheirOwnWalksThroughTheRouter() {
        ReachabilitySummary summary = lab().reachabilitySummary();
        // the same gateway and subnet, another address class: M reaches Q through the router, N does not
        ReachGroup n = group(summary, "N.eth0");
        ReachGroup m = group(summary, "M.eth0");
        assertEquals(1, n.members(), summary.groups()::toString);
        assertEquals(1, m.members(), summary.groups()::toString);
        assertNotEquals(n.reaches(), m.reaches(), summary.groups()::toString);
        assertEquals(n.reaches() + 1, m.reaches(), summary.groups()::toString);
        // the same behind one out-going ACL: its filter of the gateway's walks is kept apart by address class too
        ReachGroup n2 = group(summary, "N2.eth0");
        ReachGroup m2 = group(summary, "M2.eth0");
        assertEquals(n2.reaches() + 1, m2.reaches(), summary.groups()::toString);
        assertTrue(!n2.internet() && !m2.internet(), summary.groups()::toString);
    }
}
