// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagram edits of a cable that carries several networks (a trunk, rule X-3) and of a switch teamed on several NICs
 * (rule X-6): the entries concerned are cut or replaced in the text, the others and the comments stay, undo gives the
 * file back.
 */
class TrunkAndTeamEditsTest {

    private static final String TRUNK = """
            topology T
            network Corp { subnet 10.0.0.0/24 }
            network CorpMgmt { vlan 10 subnet 10.10.0.0/24 } // management VLAN
            host HV02 platform hyperv-2016 {
                nic NIC1 cable Corp, CorpMgmt { bind vswitch } // first team member
                nic NIC2 cable Corp, CorpMgmt { bind vswitch }
                nic Spare cable Corp // one network
                switch Team external on NIC1, NIC2 embedded-teaming
            }
            """;

    @TempDir
    Path dir;

    private TopologyDocument document;
    private DiagramSession session;

    @BeforeEach
    void open() {
        document = ArticleCopy.open(dir, "trunk.hvnet", TRUNK);
        session = new DiagramSession(document);
    }

    private String onDisk() throws IOException {
        return Files.readString(document.file());
    }

    /** The file after deleting the element {@code id} in the diagram. */
    private String afterDeleting(String id) throws IOException {
        assertTrue(session.run(new DeleteOperation(List.of(id))));
        return onDisk();
    }

    private void assertUndoGivesTheFileBack() throws IOException {
        session.undo();
        assertEquals(TRUNK, onDisk());
    }

    @Test
    void deletingTheSecondNetworkOfATrunkCutsItFromEveryCable() throws IOException {
        String text = afterDeleting("network:CorpMgmt");
        assertFalse(text.contains("network CorpMgmt"), text);
        assertTrue(text.contains("    nic NIC1 cable Corp {"), text);
        assertTrue(text.contains("    nic NIC2 cable Corp {"), text);
        assertTrue(text.contains("// first team member"), "comments stay: " + text);
        assertUndoGivesTheFileBack();
    }

    @Test
    void deletingTheFirstNetworkOfATrunkKeepsTheOthers() throws IOException {
        String text = afterDeleting("network:Corp");
        assertTrue(text.contains("    nic NIC1 cable CorpMgmt {"), text);
        assertTrue(text.contains("    nic Spare // one network\n"), text);
        assertUndoGivesTheFileBack();
    }

    @Test
    void cablingANicWithOneNetworkReplacesItInTheText() throws IOException {
        session.run(new CreateNodeOperation("node:network"));
        String before = onDisk();
        assertTrue(session.run(new CreateEdgeOperation("edge:cable", "pnic:HV02/Spare", "network:Network1")));
        LineChanges changes = LineChanges.between(before, onDisk());
        assertEquals(List.of("    nic Spare cable Corp // one network"), changes.removed());
        assertEquals(List.of("    nic Spare cable Network1 // one network"), changes.added());
    }

    @Test
    void deletingATeamMemberKeepsTheTeamOnTheOtherNic() throws IOException {
        String text = afterDeleting("pnic:HV02/NIC1");
        assertTrue(text.contains("switch Team external on NIC2 embedded-teaming"), text);
        assertFalse(text.contains("NIC1"), text);
        assertUndoGivesTheFileBack();
    }
}
