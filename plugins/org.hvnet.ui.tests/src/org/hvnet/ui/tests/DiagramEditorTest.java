package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(java.nio.file.Files.size(WorkbenchFixture.screenshot("workbench-diagram.png")) > 20_000);
    }
}
