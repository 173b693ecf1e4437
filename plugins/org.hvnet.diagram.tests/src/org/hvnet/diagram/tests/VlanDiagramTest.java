// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPort;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.hvnet.diagram.layout.TopologyLayout;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VLAN ids on switch ports and trunk cables (rule X-3): in the graph model, laid out, and in the SVG export. */
class VlanDiagramTest {

    @TempDir
    Path dir;

    @Test
    void accessPortsAndTrunkCableOfTheTenantPairShowTheirVlans() {
        TopologyDocument document = ExampleShapes.example(dir, "vlan-tenants-acl.hvnet");
        ExampleShapes shapes = new ExampleShapes(TopologyDiagram.layOut(document, DiagramFilters.ALL, AddressLabels.NONE));
        assertEquals("vlan 101", shapes.text("vmnic:HV10/AWeb/eth0#vlan"));
        assertEquals("vlan 102", shapes.text("vmnic:HV10/BApp/eth0#vlan"));
        assertFalse(shapes.has("hostvnic:HV10/Tenants/vEthernet (Tenants)#vlan"), "an untagged port has no VLAN badge");
        GLabel cable = (GLabel) shapes.get("edge:cable>pnic:HV10/Uplink#vlan");
        assertEquals("trunk untagged,101,102", cable.getText(), "the networks of the cable, in the order written");
        GPort nic = (GPort) shapes.get("pnic:HV10/Uplink");
        double nicY = TopologyLayout.absolute(nic).getY();
        assertTrue(cable.getPosition().getY() + cable.getSize().getHeight() < nicY, "the cable's badge is above the NIC");
        assertTrue(cable.getPosition().getX() > TopologyLayout.absolute(nic).getX(), "right of the cable");
        GLabel name = (GLabel) shapes.get("vmnic:HV10/AWeb/eth0#name");
        GLabel vlan = (GLabel) shapes.get("vmnic:HV10/AWeb/eth0#vlan");
        assertTrue(vlan.getPosition().getY() >= name.getPosition().getY() + name.getSize().getHeight(), "the badge is under the NIC's name");
        GLabel vmName = (GLabel) shapes.get("vm:HV10/AWeb#name");
        double vlanBottomInVm = ((GPort) shapes.get("vmnic:HV10/AWeb/eth0")).getPosition().getY() + vlan.getPosition().getY() + vlan.getSize().getHeight();
        assertTrue(vmName.getPosition().getY() >= vlanBottomInVm, "the VM's name stays under the badge");
    }

    @Test
    void hostVnicAndTrunkPortShowTheirVlans() {
        String text = """
                topology T
                network Corp { subnet 10.0.0.0/24 }
                network Mgmt { vlan 10  subnet 10.10.0.0/24 }
                host H platform hyperv-2016 {
                    nic P cable Corp, Mgmt { bind vswitch }
                    switch S external on P {
                        host-vnic Management vlan access 10 { ipv4 static 10.10.0.5/24 }
                    }
                    vm R { nic eth0 on S vlan trunk 10, 20-29 native 1 }
                    vm W { nic eth0 on S vlan 20 }
                }
                """;
        ExampleShapes shapes = new ExampleShapes(TopologyDiagram.layOut(ArticleCopy.open(dir, "t.hvnet", text), DiagramFilters.ALL, AddressLabels.NONE));
        assertEquals("vlan 10", shapes.text("hostvnic:H/S/Management#vlan"));
        assertEquals("trunk 10,20-29 native 1", shapes.text("vmnic:H/R/eth0#vlan"));
        assertEquals("vlan 20", shapes.text("vmnic:H/W/eth0#vlan"), "vlan N is the short form of access");
        assertEquals("trunk untagged,10", shapes.text("edge:cable>pnic:H/P#vlan"));
        GNode vnic = (GNode) shapes.get("hostvnic:H/S/Management");
        GLabel badge = (GLabel) shapes.get("hostvnic:H/S/Management#vlan");
        assertTrue(badge.getPosition().getY() + badge.getSize().getHeight() <= vnic.getSize().getHeight(), "the host vNIC holds its badge");
    }

    @Test
    void svgExportWritesTheVlanBadges() {
        String svg = TopologyDiagram.svg(ExampleShapes.example(dir, "converged-set-2022.hvnet"));
        assertTrue(svg.contains(">vlan 10</text>"), "the management vNIC and Mon22");
        assertTrue(svg.contains(">vlan 30</text>"), "Lab22");
        assertTrue(svg.contains(">trunk untagged,10</text>"), "the team's cables");
        assertTrue(svg.contains("id=\"edge:cable&gt;pnic:HV22/SLOT 1 Port 2#vlan\""), svg);
    }
}
