// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.hvnet.model.Topology;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.WholeModelFindings;
import org.junit.jupiter.api.Test;

/**
 * A whole-model validation asked to stop: the rules ask before each rule whether their findings are still wanted, a
 * stop ends the run with a cancellation and keeps nothing, and the next request runs them all.
 */
class CancelledValidationTest {

    private static final String DUPLICATE = """
            topology Dup
            host HV01 platform hyperv-2012 {
                switch Lab private
                vm A { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                vm B { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                rras nat public Nowhere private Lab
            }
            """;

    /** A stop that says yes from its {@code after}-th question on, counting the questions. */
    private static BooleanSupplier stopAfter(int after, AtomicInteger asked) {
        return () -> asked.incrementAndGet() > after;
    }

    @Test
    void theRulesAskBeforeEachRuleAndAStopKeepsNothing() {
        Topology topology = HvnetTestFiles.parseClean(DUPLICATE);
        AtomicInteger asked = new AtomicInteger();
        List<RuleDiagnostic> written = new WholeModelFindings(List.of(topology)).ofWrittenModel(topology, stopAfter(Integer.MAX_VALUE, asked));
        int writtenRules = asked.get();
        assertTrue(writtenRules > 5, "the rules on the written model asked " + writtenRules + " times");
        asked.set(0);
        List<RuleDiagnostic> simulated = new WholeModelFindings(List.of(topology)).ofSimulatedModel(topology, stopAfter(Integer.MAX_VALUE, asked));
        assertTrue(asked.get() >= 1, "the rules on the simulated model asked " + asked.get() + " times");
        assertEquals(List.of("V-6"), codes(written));
        assertEquals(List.of("link", "link"), codes(simulated));

        for (int after = 0; after < writtenRules; after++) {
            WholeModelFindings findings = new WholeModelFindings(List.of(topology));
            AtomicInteger count = new AtomicInteger();
            int stopAt = after;
            assertThrows(CancellationException.class, () -> findings.ofWrittenModel(topology, stopAfter(stopAt, count)), "stopped after " + after);
            assertEquals(after + 1, count.get(), "no rule ran after the stop");
            assertEquals(codes(written), codes(findings.ofWrittenModel(topology)), "the next request runs every rule");
        }
    }

    private static List<String> codes(List<RuleDiagnostic> findings) {
        return findings.stream().map(finding -> finding.rule().id()).toList();
    }
}
