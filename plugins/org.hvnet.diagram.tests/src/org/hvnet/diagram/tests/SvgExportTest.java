// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.hvnet.diagram.TopologyDiagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The headless SVG export: well-formed, every element drawn under its id, styled by the shared stylesheet. */
class SvgExportTest {

    @TempDir
    Path dir;

    @Test
    void articleExportsAsStyledSvg() throws Exception {
        String svg = TopologyDiagram.svg(ArticleCopy.open(dir));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        for (String id : new String[] { "network:Office", "host:HV01", "switch:HV01/Lab", "vm:HV01/Web01", "vmnic:HV01/Web01/eth0",
                "pnic:HV01/Local Area Connection", "edge:connection>vmnic:HV01/Web01/eth0", "legend" }) {
            assertTrue(svg.contains("id=\"" + id.replace(">", "&gt;") + "\""), id);
        }
        assertTrue(svg.contains("fill=\"#efe2f7\""), "the client's stylesheet is written as presentation attributes");
        assertTrue(svg.contains("class=\"hv-node switch switch-internal\""), "switches carry their kind");
        assertTrue(svg.contains(">Local Area Connection 4</text>"));
    }

    @Test
    void brokenRuleShowsAMarkerWithRuleAndMessage() throws Exception {
        String text = ArticleCopy.text().replace("vm Db01 { nic eth0 on Isolated { ipv4 dhcp } }",
                "vm Db01 { nic eth0 on Nowhere { ipv4 dhcp } }");
        String svg = TopologyDiagram.svg(ArticleCopy.open(dir, "broken.hvnet", text));
        assertTrue(svg.contains("class=\"sprotty-issue hv-marker\""), svg);
        assertTrue(svg.contains("[link]"), "the rule id is in the hover text");
        assertTrue(svg.contains("Nowhere"), "the message names what is wrong");
    }
}
