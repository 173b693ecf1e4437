// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.ReachabilitySummary;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/**
 * Rule T-8 with multi-homed senders: devices wired alike share a source class, and what tells their walks apart
 * (the gateway used off their subnets, the segments their other subnets lead to) keeps them apart.
 */
class MultiHomedClassesTest {

    private static Simulation lab() {
        return Simulation.of(Labs.of(HvnetTestFiles.resource(MultiHomedClassesTest.class, "multihomed-lab.hvnet")));
    }

    private static ReachGroup group(ReachabilitySummary summary, String endpoint) {
        return summary.groups().stream().filter(g -> g.endpoint().equals(endpoint)).findFirst()
                .orElseThrow(() -> new AssertionError("no group named by " + endpoint + " in " + summary.groups()));
    }

    @Test
    void t8MatrixAgreesWithTraceForEveryPair() {
        Simulation simulation = lab();
        ReachabilityMatrix matrix = simulation.matrix();
        TraceAgreement.assertEveryPair(simulation, matrix, "multihomed-lab");
    }

    @Test
    void t8ExpectationsOfTheLabHold() {
        List<ExpectationResult> results = lab().expectations();
        assertEquals(7, results.size());
        results.forEach(r -> assertTrue(r.passed(), () -> r.text() + ": found " + r.found()));
    }

    @Test
    void t8DevicesWiredAlikeShareAGroupAndOthersDoNot() {
        ReachabilitySummary summary = lab().reachabilitySummary();
        assertEquals(2, group(summary, "A1.eth0").members(), summary.groups()::toString);
        // B1's LAN and lab NICs have their own gateways: the order of its NICs does not matter there
        assertEquals(3, group(summary, "A1.eth1").members(), summary.groups()::toString);
        assertEquals(3, group(summary, "A1.eth2").members(), summary.groups()::toString);
        assertEquals(1, group(summary, "B1.eth0").members(), "another default route (T-3)");
        assertEquals(1, group(summary, "C.eth0").members(), "no connected back end");
        assertEquals(1, group(summary, "E.eth0").members(), "a back end on another segment");
        assertTrue(group(summary, "A1.eth0").internet());
        assertFalse(group(summary, "B1.eth0").internet());
    }

    @Test
    void t8SummaryCountsWhatTheMatrixSays() {
        MatrixCounts.assertSummaryAgrees(lab(), "multihomed-lab");
    }
}
