// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.gmodel.AddressLabels;
import org.hvnet.diagram.gmodel.DiagramFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NetNat (rule X-1) and the Default Switch (rule X-2) drawn as what they are: graph model and SVG export. */
class NatDiagramTest {

    @TempDir
    Path dir;

    @Test
    void netNatIsANodeWithItsPrefixAndMappingsTiedToItsGateway() {
        ExampleShapes shapes = new ExampleShapes(
                TopologyDiagram.layOut(ExampleShapes.example(dir, "nat-switch.hvnet"), DiagramFilters.ALL, AddressLabels.NONE));
        GNode nat = (GNode) shapes.get("netnat:HV19/LabNat");
        assertTrue(nat.getCssClasses().contains("netnat"), nat.getCssClasses()::toString);
        assertEquals("LabNat", shapes.text("netnat:HV19/LabNat#name"));
        assertEquals("WinNAT 172.20.0.0/24", shapes.text("netnat:HV19/LabNat#prefix"));
        assertEquals("tcp 8080 \u2192 172.20.0.10:80", shapes.text("netnat:HV19/LabNat#forward0"));
        GNode host = (GNode) shapes.get("host:HV19");
        assertEquals(host, nat.getParent(), "the NAT is the host's");
        assertTrue(nat.getPosition().getX() >= 0 && nat.getPosition().getX() + nat.getSize().getWidth() <= host.getSize().getWidth(), "inside the host");
        assertTrue(nat.getSize().getHeight() >= 6 + 16 + 2 + 14 + 2 + 14, "the node holds its three lines");
        GEdge link = (GEdge) shapes.get("edge:nat>netnat:HV19/LabNat");
        assertEquals("hostvnic:HV19/NatSwitch/vEthernet (NatSwitch)", link.getSourceId(), "the gateway is the internal switch's vNIC in the prefix");
        assertFalse(shapes.has("netnat:HV19/LabNat#forward1"));
    }

    @Test
    void aNetNatWithoutGatewayIsDrawnWithoutLink() {
        String text = """
                topology T
                host H platform hyperv-2016 {
                    switch S internal { host-vnic V { ipv4 static 10.9.0.1/24 } }
                    netnat N prefix 172.20.0.0/24 { forward udp 53 to 172.20.0.5 }
                }
                """;
        ExampleShapes shapes = new ExampleShapes(TopologyDiagram.layOut(ArticleCopy.open(dir, "t.hvnet", text), DiagramFilters.ALL, AddressLabels.NONE));
        assertEquals("udp 53 \u2192 172.20.0.5:53", shapes.text("netnat:H/N#forward0"), "the private port is the public one when not written");
        assertFalse(shapes.has("edge:nat>netnat:H/N"), "no host vNIC in 172.20.0.0/24 (V-12): no link");
    }

    @Test
    void defaultSwitchSaysItBringsNatAndDhcp() {
        ExampleShapes shapes = new ExampleShapes(TopologyDiagram.layOut(ExampleShapes.example(dir, "windows11-default-switch.hvnet"),
                DiagramFilters.ALL, AddressLabels.NONE));
        GNode defaultSwitch = (GNode) shapes.get("switch:LAPTOP/Default Switch");
        assertTrue(defaultSwitch.getCssClasses().contains("switch-default"), defaultSwitch.getCssClasses()::toString);
        assertEquals("Default Switch", shapes.text("switch:LAPTOP/Default Switch#kind"));
        assertEquals("NAT + DHCP", shapes.text("switch:LAPTOP/Default Switch#kind1"));
        assertEquals("subnet picked at boot", shapes.text("switch:LAPTOP/Default Switch#kind2"));
        assertTrue(defaultSwitch.getSize().getHeight() >= 6 + 16 + 3 * 16, "the switch holds its name and three lines");
        assertTrue(shapes.get("edge:connection>vmnic:LAPTOP/Dev/eth0").getCssClasses().contains("link-default"));
        String pinned = """
                topology T
                host L platform hyperv-client { switch "Default Switch" default subnet 172.30.0.0/20 }
                """;
        ExampleShapes other = new ExampleShapes(TopologyDiagram.layOut(ArticleCopy.open(dir, "p.hvnet", pinned), DiagramFilters.ALL, AddressLabels.NONE));
        assertEquals("subnet 172.30.0.0/20", other.text("switch:L/Default Switch#kind2"));
    }

    @Test
    void svgExportDrawsTheNatAndTheDefaultSwitch() {
        String nat = TopologyDiagram.svg(ExampleShapes.example(dir, "nat-switch.hvnet"));
        assertTrue(nat.contains("class=\"hv-node netnat\""), "the NAT node");
        assertTrue(nat.contains(">WinNAT 172.20.0.0/24</text>"));
        assertTrue(nat.contains("8080 \u2192 172.20.0.10:80</text>") || nat.contains("8080 &#8594; 172.20.0.10:80</text>"), nat);
        assertTrue(nat.contains("stroke=\"#137a74\""), "in the NAT's teal");
        String laptop = TopologyDiagram.svg(ExampleShapes.example(dir, "windows11-default-switch.hvnet"));
        assertTrue(laptop.contains("class=\"hv-node switch switch-default\""));
        assertTrue(laptop.contains(">NAT + DHCP</text>"));
        assertTrue(laptop.contains("fill=\"#e0f4f3\""), "the Default Switch's fill");
    }
}
