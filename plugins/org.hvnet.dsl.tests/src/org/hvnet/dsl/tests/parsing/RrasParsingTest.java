// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.model.NatMapping;
import org.hvnet.model.Rras;
import org.junit.jupiter.api.Test;

/** {@code rras} on a host: routing, and NAT from one public interface to private ones, by interface name. */
class RrasParsingTest {

    private static Rras rras(String line) {
        return parseClean("topology T\nhost HV01 platform hyperv-2008 {\n    " + line + "\n}\n").getHosts().get(0).getRras();
    }

    @Test
    void routingOnly() {
        Rras rras = rras("rras routing");
        assertTrue(rras.isRouting());
        assertTrue(rras.getNatMappings().isEmpty());
    }

    @Test
    void natWithSeveralPrivateInterfaces() {
        Rras rras = rras("rras nat public \"Local Area Connection 3\" private \"Local Area Connection 4\", Lab2");
        assertFalse(rras.isRouting());
        NatMapping nat = rras.getNatMappings().get(0);
        assertEquals("Local Area Connection 3", nat.getPublicInterface());
        assertEquals(List.of("Local Area Connection 4", "Lab2"), nat.getPrivateInterfaces());
    }

    @Test
    void routingAndNat() {
        Rras rras = rras("rras routing nat public WAN private LAN");
        assertTrue(rras.isRouting());
        assertEquals("WAN", rras.getNatMappings().get(0).getPublicInterface());
        assertEquals(List.of("LAN"), rras.getNatMappings().get(0).getPrivateInterfaces());
    }
}
