// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.expectations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** Expectations that must fail do fail, with sentences saying what was expected and found. */
class ExpectationEvaluatorTest {

    @Test
    void wrongExpectationsFailWithReadableSentences() {
        List<ExpectationResult> results = Simulation.of(Labs.of("""
                topology T
                network N { subnet 10.0.0.0/24  dhcp-server 10.0.0.2 range 10.0.0.100 - 10.0.0.110 }
                host H platform hyperv-2012 {
                    nic e cable N { bind vswitch }
                    switch X external on e
                    vm V { nic eth0 on X }
                    vm W { nic eth0 on X { ipv4 static 10.0.0.5/24 } }
                }
                expect address V.eth0 apipa
                expect address V.eth0 10.0.0.100
                expect address W.eth0 dhcp from N
                expect address V.eth0 dhcp from N
                expect no reach V -> W
                expect trace V -> W dropped T-4
                expect trace V -> W delivered
                """)).expectations();
        assertEquals(List.of(false, false, false, true, false, false, true), results.stream().map(ExpectationResult::passed).toList());
        assertEquals("address V.eth0 apipa", results.get(0).text());
        assertEquals("V.eth0 has 10.0.0.101/24 leased by DHCP from N", results.get(0).found());
        assertEquals("V.eth0 has 10.0.0.101/24 leased by DHCP from N", results.get(1).found());
        assertEquals("V should not reach W", results.get(4).expected());
        assertFalse(results.get(5).passed());
    }

    @Test
    void x5MacExpectationsCompareTheWrittenOrAssignedMac() {
        List<ExpectationResult> results = Simulation.of(Labs.of("""
                topology T
                host H platform hyperv-2016 {
                    switch S internal
                    vm V { nic eth0 mac 00-15-5D-00-00-01 on S }
                    vm W { nic eth0 on S }
                }
                expect address V.eth0 mac 00-15-5D-00-00-01
                expect address W.eth0 mac 00-15-5D-00-00-02
                expect address W.eth0 mac 00-15-5D-00-00-07
                """)).expectations();
        ExpectationResult mac = results.get(0);
        assertEquals("address V.eth0 mac 00-15-5D-00-00-01", mac.text());
        assertEquals("V.eth0 should have MAC 00-15-5D-00-00-01", mac.expected());
        assertTrue(mac.passed(), mac.found());
        assertEquals("V.eth0 has MAC 00-15-5D-00-00-01", mac.found());
        // the implied host vNIC of S is written first (its switch's line) and takes 00, V's 01 is written: W takes 02
        assertTrue(results.get(1).passed(), results.get(1).found());
        assertFalse(results.get(2).passed());
        assertEquals("W.eth0 has MAC 00-15-5D-00-00-02 (the next free MAC of its host's pool, interfaces in the order they are written,"
                + " rule X-5)", results.get(2).found());
    }
}
