// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.analysis.names.UnresolvedInterfaceNames;
import org.hvnet.analysis.names.UnresolvedName;
import org.hvnet.model.HvnetPackage;
import org.hvnet.testing.Labs;
import org.junit.jupiter.api.Test;

/** DSL.md "Names of interfaces that do not exist yet": resolved on the simulated model, else rule link. */
class UnresolvedInterfaceNamesTest {

    @Test
    void linkArticleNamesAllResolveOnTheSimulatedModel() {
        assertEquals(List.of(), UnresolvedInterfaceNames.of(Labs.example("article.hvnet")));
    }

    @Test
    void linkNamesFoundNowhereAreReportedAtTheirFeature() {
        List<UnresolvedName> names = UnresolvedInterfaceNames.of(Labs.of("""
                topology T
                host H platform hyperv-2008 {
                    nic "Local Area Connection"
                    install hyperv using "Local Area Connection"
                    rras nat public "Local Area Connection 2" private "Local Area Connection 9"
                    vm V { nic eth0 }
                }
                expect address V.eth1 none
                expect reach V.eth0 -> H."Local Area Connection 2"
                """));
        assertEquals(2, names.size());
        assertEquals("Local Area Connection 9", names.get(0).name());
        assertEquals(HvnetPackage.Literals.NAT_MAPPING__PRIVATE_INTERFACES, names.get(0).feature());
        assertEquals(0, names.get(0).index());
        assertEquals("eth1", names.get(1).name());
        assertTrue(names.get(1).message().contains("'eth0'"));
    }
}
