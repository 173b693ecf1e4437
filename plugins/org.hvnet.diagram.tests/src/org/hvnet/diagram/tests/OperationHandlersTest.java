// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.operations.LayoutOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.hvnet.diagram.layout.LayoutSidecar;
import org.hvnet.diagram.text.TopologyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation handler applied to the article: the .hvnet text it writes (only the lines it must touch; the
 * comments and the user's alignment stay), and undo giving back the file byte for byte.
 */
class OperationHandlersTest {

    @TempDir
    Path dir;

    private TopologyDocument document;
    private DiagramSession session;
    private String original;

    @BeforeEach
    void openArticle() {
        document = ArticleCopy.open(dir);
        session = new DiagramSession(document);
        original = document.text();
    }

    private String onDisk() throws IOException {
        return Files.readString(document.file());
    }

    private void assertChanged(List<String> removed, List<String> added) throws IOException {
        LineChanges changes = LineChanges.between(original, onDisk());
        assertEquals(removed, changes.removed(), "removed lines");
        assertEquals(added, changes.added(), "added lines");
    }

    private void assertUndoRestoresTheFile() throws IOException {
        String changed = onDisk();
        session.undo();
        assertEquals(original, onDisk());
        session.redo();
        assertEquals(changed, onDisk());
    }

    @Test
    void createPrivateSwitchInTheHost() throws IOException {
        assertTrue(session.run(new CreateNodeOperation("node:switch:private", "host:HV01")));
        assertChanged(List.of(), List.of("    switch Switch1 private"));
        assertTrue(session.state().graph().elements().containsKey("switch:HV01/Switch1"));
        assertUndoRestoresTheFile();
    }

    @Test
    void createInternalAndExternalSwitches() throws IOException {
        session.run(new CreateNodeOperation("node:switch:internal", "vm:HV01/Web01"));
        session.run(new CreateNodeOperation("node:switch:external", "host:HV01"));
        assertChanged(List.of(), List.of("    switch Switch1 internal", "    switch Switch2 external on \"Local Area Connection\""));
    }

    @Test
    void createVmAndVmNic() throws IOException {
        session.run(new CreateNodeOperation("node:vm", "host:HV01"));
        session.run(new CreateNodeOperation("port:vmnic", "vm:HV01/DC01"));
        String text = onDisk();
        assertTrue(text.contains("vm VM1 {"), text);
        assertTrue(text.contains("nic eth0"), text);
        assertTrue(session.state().graph().elements().containsKey("vmnic:HV01/VM1/eth0"), text);
        assertTrue(session.state().graph().elements().containsKey("vmnic:HV01/DC01/eth1"), text);
        assertTrue(text.contains("// names used before (rule I-2 skips them)"), "comments stay");
    }

    @Test
    void createHostAndNetwork() throws IOException {
        session.run(new CreateNodeOperation("node:host"));
        session.run(new CreateNodeOperation("node:network"));
        String text = onDisk();
        assertTrue(text.contains("host HV1 platform hyperv-2012"), text);
        assertTrue(text.contains("network Network1"), text);
        assertTrue(session.state().graph().elements().containsKey("host:HV1"));
        assertTrue(session.state().graph().elements().containsKey("network:Network1"));
        session.undo();
        session.undo();
        assertEquals(original, onDisk());
    }

    @Test
    void connectVmNicToSwitch() throws IOException {
        assertTrue(session.run(new CreateEdgeOperation("edge:connection", "vmnic:HV01/Web01/eth0", "switch:HV01/Isolated")));
        assertChanged(List.of("    vm Web01 { nic eth0 on Lab { ipv4 dhcp } }"), List.of("    vm Web01 { nic eth0 on Isolated { ipv4 dhcp } }"));
        assertTrue(session.state().graph().elements().containsKey("edge:connection>vmnic:HV01/Web01/eth0"));
        assertUndoRestoresTheFile();
    }

    @Test
    void cableNicToNetwork() throws IOException {
        session.run(new CreateNodeOperation("node:network"));
        original = onDisk();
        assertTrue(session.run(new CreateEdgeOperation("edge:cable", "pnic:HV01/Local Area Connection", "network:Network1")));
        assertChanged(List.of("    nic \"Local Area Connection\" mac 00-1A-2B-3C-4D-5E cable Office {"),
                List.of("    nic \"Local Area Connection\" mac 00-1A-2B-3C-4D-5E cable Network1 {"));
        assertUndoRestoresTheFile();
    }

    @Test
    void deleteVmAndDeleteConnection() throws IOException {
        assertTrue(session.run(new DeleteOperation(List.of("vm:HV01/Db01"))));
        assertChanged(List.of("    vm Db01 { nic eth0 on Isolated { ipv4 dhcp } }", "expect address Db01.eth0 apipa",
                "expect no reach Db01 -> HV01"), List.of());
        List<String> messages = session.sent().stream().filter(MessageAction.class::isInstance).map(a -> ((MessageAction) a).getMessage()).toList();
        assertEquals(List.of("Deleted with the 2 expect lines that named it: article.hvnet:34 \u201cexpect address Db01.eth0 apipa\u201d; "
                + "article.hvnet:36 \u201cexpect no reach Db01 -> HV01\u201d (Undo brings them back)"), messages,
                "the user is told which expect lines went with the VM");
        assertUndoRestoresTheFile();
        session.undo();
        assertTrue(session.run(new DeleteOperation(List.of("edge:connection>vmnic:HV01/Web01/eth0"))));
        assertChanged(List.of("    vm Web01 { nic eth0 on Lab { ipv4 dhcp } }"), List.of("    vm Web01 { nic eth0 { ipv4 dhcp } }"));
    }

    @Test
    void deleteSwitchDisconnectsItsNics() throws IOException {
        session.run(new DeleteOperation(List.of("switch:HV01/Isolated")));
        assertChanged(List.of("    switch Isolated private", "    vm Db01 { nic eth0 on Isolated { ipv4 dhcp } }"),
                List.of("    vm Db01 { nic eth0 { ipv4 dhcp } }"));
    }

    @Test
    void deleteNetworkUncablesItsNics() throws IOException {
        session.run(new DeleteOperation(List.of("network:Office")));
        String text = onDisk();
        assertFalse(text.contains("network Office"), text);
        assertTrue(text.contains("    nic \"Local Area Connection\" mac 00-1A-2B-3C-4D-5E {"), text);
        assertFalse(text.contains("dhcp from Office"), "the expectation naming the network goes with it");
        assertUndoRestoresTheFile();
    }

    @Test
    void renameInPlaceRenamesTheReferencesToo() throws IOException {
        assertTrue(session.run(new ApplyLabelEditOperation("switch:HV01/Lab#name", "LabNet")));
        String text = onDisk();
        assertTrue(text.contains("switch LabNet internal {"), text);
        assertTrue(text.contains("vm Web01 { nic eth0 on LabNet { ipv4 dhcp } }"), text);
        assertFalse(text.contains(" on Lab "), text);
        assertTrue(text.contains("\n    router 192.168.1.1 internet // a router on this LAN; 'internet' = default route out\n"),
                "untouched lines stay as written");
        assertUndoRestoresTheFile();
    }

    @Test
    void moveKeepsThePositionInTheSidecarAndAutoLayoutForgetsIt() throws IOException {
        ElementAndBounds moved = new ElementAndBounds();
        moved.setElementId("vm:HV01/Web01");
        moved.setNewPosition(GraphUtil.point(500, 300));
        assertTrue(session.run(new ChangeBoundsOperation(List.of(moved))));
        Path sidecar = LayoutSidecar.fileOf(document.file());
        assertTrue(Files.readString(sidecar).contains("\"vm:HV01/Web01\""));
        org.eclipse.glsp.graph.GNode web = (org.eclipse.glsp.graph.GNode) ArticleGModelTest.find(
                ArticleGModelTest.all(session.state().graph().root()), "vm:HV01/Web01");
        assertEquals(500, web.getPosition().getX());
        assertEquals(300, web.getPosition().getY());
        assertEquals(original, onDisk(), "moving never touches the .hvnet text");
        session.run(new LayoutOperation());
        assertFalse(Files.exists(sidecar));
        session.undo();
        assertTrue(Files.exists(sidecar));
    }
}
