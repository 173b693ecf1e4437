// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * The elements of today's Hyper-V get the canonical layout of the existing ones ({@code todays-hyperv.formatted.hvnet}):
 * a network's vlan, a host's mac-pool and netnat, a NetNat's mappings and a port's ACL rules one a line; a VLAN
 * setting, the port guards, several cables or NICs, teaming and the Default Switch's subnet on their statement's line.
 */
class TodaysHyperVFormattingTest {

    private static String expected() {
        return HvnetTestFiles.resource(TodaysHyperVFormattingTest.class, "todays-hyperv.formatted.hvnet");
    }

    /** The example on one line, without comments. */
    private static String squashed() {
        return HvnetTestFiles.todaysHyperV().replaceAll("//[^\n]*", "").replaceAll("\\s+", " ");
    }

    @Test
    void theExampleOnOneLineFormatsToTheGoldenLayout() {
        assertEquals(expected(), Formatting.formatStrictly(squashed()));
    }

    @Test
    void theGoldenLayoutIsStable() {
        assertEquals(expected(), Formatting.formatStrictly(expected()));
    }

    @Test
    void formattingKeepsTheModel() {
        assertTrue(new EcoreUtil.EqualityHelper().equals(HvnetTestFiles.parseClean(HvnetTestFiles.todaysHyperV()),
                HvnetTestFiles.parseClean(Formatting.format(HvnetTestFiles.todaysHyperV()))));
    }

    @Test
    void commentsOfTheExampleStayOnTheirStatementsLines() {
        List<String> lines = Formatting.format(HvnetTestFiles.todaysHyperV()).lines().toList();
        assertTrue(lines.contains("    mac-pool 00-15-5D-0A-15-00 - 00-15-5D-0A-15-FF // X-5 (optional)"), lines::toString);
        assertTrue(lines.contains("            acl deny in remote 10.0.0.0/8 // X-7: allow|deny, in|out|both, remote CIDR"), lines::toString);
        assertTrue(lines.contains("    switch \"Default Switch\" default subnet 172.29.16.0/20 // X-2 (subnet optional)"), lines::toString);
    }
}
