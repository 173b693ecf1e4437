// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.gmodel.NameSearch;
import org.hvnet.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram's search by name: exact names (any case, plain or qualified) first, then names that contain the text. */
class NameSearchTest {

    @TempDir
    Path dir;

    private List<String> find(String query) {
        List<Topology> article = List.of(ArticleCopy.open(dir).topology());
        return NameSearch.find(article, query).stream().map(ElementLookup::idOf).toList();
    }

    @Test
    void exactNamesFirstThenPartialOnes() {
        assertEquals(List.of("vm:HV01/Web01", "vmnic:HV01/Web01/eth0"), find("web01"), "the VM named so, then its NIC Web01.eth0");
        assertEquals(List.of("vmnic:HV01/Web01/eth0"), find("Web01.eth0"));
        assertEquals(List.of("switch:HV01/Lab"), find("HV01.Lab"));
        assertEquals(List.of("switch:HV01/Lab"), find("lab"));
        assertEquals(List.of("network:Office"), find("offi"));
        assertEquals(List.of("vm:HV01/DC01", "vm:HV01/Web01", "vm:HV01/Db01").size(), find("0").stream().filter(id -> id.startsWith("vm:")).count());
        assertEquals(List.of(), find("nothing like it"));
        assertEquals(List.of(), find("  "));
    }
}
