// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The palette's entries of today's Hyper-V: the Default Switch (rule X-2) and the NAT (rule X-1). */
class TodaysPaletteTest {

    @TempDir
    Path dir;

    @Test
    void defaultSwitchIsNamedAsWindowsNamesIt() throws IOException {
        TopologyDocument document = ArticleCopy.open(dir, "l.hvnet", "topology L\n\nhost L platform hyperv-client {\n    nic \"Wi-Fi\"\n}\n");
        DiagramSession session = new DiagramSession(document);
        assertTrue(session.run(new CreateNodeOperation("node:switch:default", "host:L")));
        String text = Files.readString(document.file());
        assertTrue(text.contains("switch \"Default Switch\" default"), text);
        assertTrue(session.state().graph().elements().containsKey("switch:L/Default Switch"));
        session.undo();
        assertFalse(Files.readString(document.file()).contains("default"));
    }

    @Test
    void natTakesTheSubnetOfTheInternalSwitchsHostVnic() throws IOException {
        String text = """
                topology N

                host H platform hyperv-2016 {
                    switch NatSwitch internal {
                        host-vnic "vEthernet (NatSwitch)" { ipv4 static 172.20.0.1/24 }
                    }
                }
                """;
        TopologyDocument document = ArticleCopy.open(dir, "n.hvnet", text);
        DiagramSession session = new DiagramSession(document);
        assertTrue(session.run(new CreateNodeOperation("node:netnat", "host:H")));
        String written = Files.readString(document.file());
        assertTrue(written.contains("netnat Nat1 prefix 172.20.0.0/24"), written);
        assertTrue(session.state().graph().elements().containsKey("netnat:H/Nat1"), "drawn at once");
        assertTrue(session.state().graph().elements().containsKey("edge:nat>netnat:H/Nat1"), "tied to its gateway");
        session.undo();
        assertEquals(text, Files.readString(document.file()));
    }

    @Test
    void natWithoutAnInternalHostVnicIsRefusedAndTheFileKept() throws IOException {
        String before = "topology P\n\nhost H platform hyperv-2016 {\n    switch S private\n}\n";
        TopologyDocument document = ArticleCopy.open(dir, "p.hvnet", before);
        DiagramSession session = new DiagramSession(document);
        GLSPServerException refused = assertThrows(GLSPServerException.class, () -> session.run(new CreateNodeOperation("node:netnat", "host:H")));
        assertTrue(refused.getMessage().contains("add an internal switch and give its host vNIC a static address first"), refused::getMessage);
        assertEquals(before, Files.readString(document.file()), "nothing written");
        assertFalse(session.state().graph().elements().keySet().stream().anyMatch(id -> id.startsWith("netnat:")));
    }
}
