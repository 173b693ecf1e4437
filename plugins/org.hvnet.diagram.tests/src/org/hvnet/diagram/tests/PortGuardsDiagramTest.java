// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ACL (rule X-7) and guard (rule X-4) badges on switch ports: graph model, layout and SVG export. */
class PortGuardsDiagramTest {

    private static final String GUARDED = """
            topology T
            network Lab { subnet 10.0.0.0/24 }
            host H platform hyperv-2016 {
                nic P cable Lab { bind vswitch }
                switch S external on P {
                    host-vnic M { ipv4 static 10.0.0.5/24  acl deny in remote 10.0.0.9/32 }
                }
                vm Rogue { nic eth0 on S dhcp-guard router-guard mac-spoofing { ipv4 static 10.0.0.9/24 } }
                vm Plain { nic eth0 on S }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aclRulesAreCountedUnderTheVlanOfTheTenantPort() {
        ExampleShapes shapes = new ExampleShapes(
                TopologyDiagram.layOut(ExampleShapes.example(dir, "vlan-tenants-acl.hvnet"), DiagramFilters.ALL, AddressLabels.NONE));
        assertEquals("2 ACL rules", shapes.text("vmnic:HV10/AWeb/eth0#acl"));
        assertEquals("2 ACL rules", shapes.text("vmnic:HV10/ADb/eth0#acl"));
        assertFalse(shapes.has("vmnic:HV10/AApp/eth0#acl"), "no ACL, no badge");
        GLabel vlan = (GLabel) shapes.get("vmnic:HV10/AWeb/eth0#vlan");
        GLabel acl = (GLabel) shapes.get("vmnic:HV10/AWeb/eth0#acl");
        assertTrue(acl.getPosition().getY() >= vlan.getPosition().getY() + vlan.getSize().getHeight(), "one badge a line");
        assertTrue(acl.getCssClasses().contains("acl"));
    }

    @Test
    void guardsAndHostVnicAclHaveTheirBadgesAndTheVmGrowsToHoldThem() {
        ExampleShapes shapes = new ExampleShapes(TopologyDiagram.layOut(ArticleCopy.open(dir, "g.hvnet", GUARDED), DiagramFilters.ALL, AddressLabels.NONE));
        assertEquals("DHCP guard", shapes.text("vmnic:H/Rogue/eth0#dhcp-guard"));
        assertEquals("router guard", shapes.text("vmnic:H/Rogue/eth0#router-guard"));
        assertEquals("MAC spoofing", shapes.text("vmnic:H/Rogue/eth0#mac-spoofing"));
        assertEquals("1 ACL rule", shapes.text("hostvnic:H/S/M#acl"));
        assertFalse(shapes.has("vmnic:H/Plain/eth0#dhcp-guard"));
        GNode rogue = (GNode) shapes.get("vm:H/Rogue");
        GNode plain = (GNode) shapes.get("vm:H/Plain");
        assertEquals(plain.getSize().getHeight() + 3 * 15, rogue.getSize().getHeight(), 0.01, "three badges, three more lines");
        GLabel last = (GLabel) shapes.get("vmnic:H/Rogue/eth0#mac-spoofing");
        double lastBottom = -6 + last.getPosition().getY() + last.getSize().getHeight();
        assertTrue(((GLabel) shapes.get("vm:H/Rogue#name")).getPosition().getY() >= lastBottom, "the VM's name under the badges");
    }

    @Test
    void svgExportDrawsTheBadges() {
        String svg = TopologyDiagram.svg(ArticleCopy.open(dir, "g.hvnet", GUARDED));
        for (String text : new String[] { "DHCP guard", "router guard", "MAC spoofing", "1 ACL rule" }) {
            assertTrue(svg.contains(">" + text + "</text>"), text);
        }
        assertTrue(svg.contains("fill=\"#fdecea\""), "the ACL badge's fill");
        assertTrue(svg.contains("fill=\"#fff4e0\""), "the guard badge's fill");
    }
}
