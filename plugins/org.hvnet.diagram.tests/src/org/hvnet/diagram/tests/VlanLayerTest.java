// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.GModelElement;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.export.SvgExporter;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layer "VLANs" (rule X-3): ports, links, networks and cables coloured by VLAN id; off by default. */
class VlanLayerTest {

    private static final DiagramFilters VLANS = new DiagramFilters(true, true, true, true, false, false, true);

    @TempDir
    Path dir;

    private static String vlanClass(GModelElement element) {
        return element.getCssClasses().stream().filter(c -> c.startsWith("vlan-")).findFirst().orElse("");
    }

    @Test
    void tenantsGetOneColourEachAndUntaggedKeepsItsOwn() {
        DiagramGraph graph = TopologyDiagram.layOut(ExampleShapes.example(dir, "vlan-tenants-acl.hvnet"), VLANS, AddressLabels.NONE);
        ExampleShapes shapes = new ExampleShapes(graph);
        String a = vlanClass(shapes.get("vmnic:HV10/AWeb/eth0"));
        String b = vlanClass(shapes.get("vmnic:HV10/BWeb/eth0"));
        assertEquals("vlan-" + 101 % 8, a);
        assertEquals("vlan-" + 102 % 8, b);
        assertEquals(a, vlanClass(shapes.get("vmnic:HV10/ADb/eth0")), "one VLAN, one colour");
        assertEquals(a, vlanClass(shapes.get("edge:connection>vmnic:HV10/AWeb/eth0")), "the link to the switch too");
        assertEquals(a, vlanClass(shapes.get("network:TenantA")), "and the network of that VLAN");
        assertEquals(b, vlanClass(shapes.get("network:TenantB")));
        assertEquals("", vlanClass(shapes.get("network:Fabric")), "untagged");
        assertEquals("", vlanClass(shapes.get("hostvnic:HV10/Tenants/vEthernet (Tenants)")), "untagged");
        assertEquals("vlan-trunk", vlanClass(shapes.get("edge:cable>pnic:HV10/Uplink")), "the cable carries three networks");
        assertEquals("", vlanClass(shapes.get("vmnic:HV10/AWeb/eth0#vlan")), "labels keep their colours");
        String svg = SvgExporter.export(graph.root(), java.util.Map.of());
        assertTrue(svg.contains("fill=\"#8c564b\""), "VLAN 101 (101 mod 8 = 5) in its colour in the export");
    }

    @Test
    void offByDefault() {
        DiagramGraph graph = TopologyDiagram.layOut(ExampleShapes.example(dir, "vlan-tenants-acl.hvnet"), DiagramFilters.ALL, AddressLabels.NONE);
        ExampleShapes shapes = new ExampleShapes(graph);
        for (String id : List.of("vmnic:HV10/AWeb/eth0", "network:TenantA", "edge:cable>pnic:HV10/Uplink")) {
            assertFalse(vlanClass(shapes.get(id)).startsWith("vlan-"), id);
        }
    }
}
