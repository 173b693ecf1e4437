// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.hvnet.ui.diagram.HvnetDiagramEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The diagram editor part: the GLSP client in an SWT Browser, served from the workbench's JVM. */
class DiagramEditorTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theDiagramOfTheArticleDrawsItsNodes() throws Exception {
        IFile file = WorkbenchFixture.articleFile("diagram.hvnet");
        IEditorPart part = IDE.openEditor(WorkbenchFixture.page(), file, HvnetDiagramEditor.ID);
        HvnetDiagramEditor diagram = (HvnetDiagramEditor) part;
        WorkbenchFixture.waitUntil(() -> diagram.pageUrl() != null, 30_000, "the diagram server");
        assertTrue(diagram.pageUrl().startsWith("http://127.0.0.1:"), diagram.pageUrl());
        // the article: network, host, three switches (one the install creates), three VMs, ... (the diagram's own
        // browser test expects at least 9 nodes for it)
        WorkbenchFixture.waitUntil(() -> diagram.drawnNodes() >= 9, 60_000, "the diagram's nodes in the page");
        diagram.getSite().getShell().setBounds(diagram.getSite().getShell().getDisplay().getPrimaryMonitor().getBounds());
        WorkbenchFixture.settle(1500);
        // what the screenshot shows: every node of the article's diagram, labelled with the names of the article
        // as written (the network, the host, its NIC, two switches, the host vNIC, three VMs), each named, in drawing order
        assertEquals(9, diagram.drawnNodes());
        List<String> names = List.of("Office", "HV01", "Local Area Connection", "Lab", "Local Area Connection 4", "Isolated", "DC01",
                "Web01", "Db01");
        assertEquals(names, drawnTexts(diagram).stream().filter(names::contains).toList());
        java.nio.file.Path shot = WorkbenchFixture.screenshot("workbench-diagram.png");
        assertTrue(java.nio.file.Files.isRegularFile(shot), shot::toString);
    }

    /** The texts the page draws in the diagram, in document order. */
    private static List<String> drawnTexts(HvnetDiagramEditor diagram) {
        Object texts = diagram.browser().evaluate(
                "return Array.from(document.querySelectorAll('#hvnet-diagram text')).map(t => t.textContent).join('\\n');");
        return texts instanceof String text && !text.isEmpty() ? List.of(text.split("\n")) : List.of();
    }
}
