// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No edit is ever lost: two diagram clients on one file (each with its own copy of the text), and edits made to
 * the file on disk just before a diagram edit or an undo. Every write starts from the file on disk.
 */
class ConcurrentEditsTest {

    private static final String DISK_EDIT = "    dhcp-server 192.168.1.2 range 192.168.1.100 - 192.168.1.150 gateway 192.168.1.1 dns 192.168.1.2";

    @TempDir
    Path dir;

    private Path file;
    private String original;

    @BeforeEach
    void copyArticle() {
        file = ArticleCopy.open(dir).file();
        original = ArticleCopy.text();
    }

    private DiagramSession client() throws IOException {
        return new DiagramSession(TopologyDocument.open(file, HvnetTestFiles.injector()));
    }

    private String onDisk() throws IOException {
        return Files.readString(file);
    }

    /** The article as edited in a text editor: the DHCP range of the network ends at .150. */
    private void editOnDisk() throws IOException {
        String text = onDisk();
        assertTrue(text.contains("192.168.1.100 - 192.168.1.199"));
        Files.writeString(file, text.replace("192.168.1.100 - 192.168.1.199", "192.168.1.100 - 192.168.1.150"));
    }

    @Test
    void twoClientsRenamingTwoElements50msApartBothLand() throws Exception {
        DiagramSession first = client();
        DiagramSession second = client();
        assertTrue(first.run(new ApplyLabelEditOperation("switch:HV01/Lab#name", "LabNet")));
        Thread.sleep(50);
        assertTrue(second.run(new ApplyLabelEditOperation("vm:HV01/Web01#name", "Web02")));
        String text = onDisk();
        assertTrue(text.contains("switch LabNet internal {"), "the first rename stays: " + text);
        assertTrue(text.contains("vm Web02 { nic eth0 on LabNet { ipv4 dhcp } }"), "the second rename lands on it: " + text);
        assertEquals(original.replaceAll("\\bLab\\b", "LabNet").replaceAll("\\bWeb01\\b", "Web02"), text, "both renames, nothing else");
    }

    @Test
    void twoClientsRenamingAtTheSameMomentBothLand() throws Exception {
        DiagramSession first = client();
        DiagramSession second = client();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> one = threads.submit(() -> {
                start.await();
                return first.run(new ApplyLabelEditOperation("switch:HV01/Isolated#name", "Sealed"));
            });
            Future<Boolean> two = threads.submit(() -> {
                start.await();
                return second.run(new ApplyLabelEditOperation("network:Office#name", "Branch"));
            });
            start.countDown();
            assertTrue(one.get(60, TimeUnit.SECONDS));
            assertTrue(two.get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
        String text = onDisk();
        assertTrue(text.contains("switch Sealed private") && text.contains("on Sealed {"), text);
        assertTrue(text.contains("network Branch {") && text.contains("cable Branch"), text);
    }

    @Test
    void anEditOnDiskJustBeforeADiagramEditSurvivesIt() throws IOException {
        DiagramSession diagram = client();
        editOnDisk();
        assertTrue(diagram.run(new ApplyLabelEditOperation("vm:HV01/Web01#name", "Web02")));
        String text = onDisk();
        assertTrue(text.contains(DISK_EDIT), "the edit on disk stays: " + text);
        assertTrue(text.contains("vm Web02 {"), text);
        diagram.undo();
        assertTrue(onDisk().contains(DISK_EDIT) && onDisk().contains("vm Web01 {"), "undo takes back only the diagram's edit");
    }

    @Test
    void anEditOnDiskJustBeforeAnUndoSurvivesIt() throws IOException {
        DiagramSession diagram = client();
        assertTrue(diagram.run(new ApplyLabelEditOperation("vm:HV01/Web01#name", "Web02")));
        editOnDisk();
        diagram.undo();
        String text = onDisk();
        assertTrue(text.contains(DISK_EDIT), "the edit on disk stays: " + text);
        assertTrue(text.contains("vm Web01 {"), "the rename is undone: " + text);
        assertEquals(original.replace("192.168.1.100 - 192.168.1.199", "192.168.1.100 - 192.168.1.150"), text);
        diagram.redo();
        assertTrue(onDisk().contains(DISK_EDIT) && onDisk().contains("vm Web02 {"), "redo keeps it too");
    }

    @Test
    void anUndoThatWouldOverwriteAnEditOnDiskIsRefused() throws IOException {
        DiagramSession diagram = client();
        assertTrue(diagram.run(new ApplyLabelEditOperation("vm:HV01/Web01#name", "Web02")));
        String edited = onDisk().replace("vm Web02 { nic eth0 on Lab { ipv4 dhcp } }", "vm Web02 { nic eth0 on Lab { ipv4 dhcp } } // mine");
        Files.writeString(file, edited);
        GLSPServerException refused = assertThrows(GLSPServerException.class, diagram::undo);
        assertTrue(refused.getMessage().contains("changed elsewhere on the same lines"), refused.getMessage());
        assertEquals(edited, onDisk(), "the file is unchanged");
    }

    @Test
    void aDiagramEditThatNoLongerAppliesToTheFileOnDiskIsRefused() throws IOException {
        DiagramSession diagram = client();
        String edited = original.replace("    vm Db01 { nic eth0 on Isolated { ipv4 dhcp } }\n", "")
                .replace("expect address Db01.eth0 apipa\n", "").replace("expect no reach Db01 -> HV01\n", "");
        assertFalse(edited.equals(original));
        Files.writeString(file, edited);
        GLSPServerException refused = assertThrows(GLSPServerException.class,
                () -> diagram.run(new ApplyLabelEditOperation("vm:HV01/Db01#name", "Db02")));
        assertTrue(refused.getMessage().contains("changed on disk") && refused.getMessage().contains("vm:HV01/Db01"), refused.getMessage());
        assertEquals(edited, onDisk(), "the file is unchanged");
    }
}
