package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.editor.outline.HvnetOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Outline of the article, and a screenshot of the workbench with the article open. */
class OutlineAndScreenshotTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theOutlineShowsTheNetworkAndTheHostWithItsSwitchesAndVms() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("outline.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> outline.getCurrentPage() instanceof HvnetOutlinePage p
                && !p.input().isEmpty(), 10_000, "the HVNet outline");
        HvnetOutlinePage outlinePage = assertInstanceOf(HvnetOutlinePage.class, outline.getCurrentPage());
        Tree tree = (Tree) outlinePage.getControl();
        List<String> top = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Office  192.168.1.0/24", "HV01 (hyperv-2008)"), top);
        List<String> inHost = Arrays.stream(tree.getItems()[1].getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("nic Local Area Connection", "Lab (internal)", "Isolated (private)", "vm DC01", "vm Web01",
                "vm Db01"), inHost);
    }

    @Test
    void aScreenshotOfTheWorkbenchWithTheArticleOpen() throws Exception {
        WorkbenchFixture.onlyArticleFolder("article");
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("article.hvnet"));
        IWorkbenchPage page = WorkbenchFixture.page();
        page.showView(IPageLayout.ID_OUTLINE);
        page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        page.showView(IPageLayout.ID_PROBLEM_VIEW);
        org.hvnet.ui.views.AddressesView addresses = (org.hvnet.ui.views.AddressesView) page.showView(org.hvnet.ui.views.AddressesView.ID);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> addresses.table().getItemCount() > 0, 30_000, "the addresses");
        WorkbenchFixture.waitUntil(() -> WorkbenchFixture.expandProblems(editor.getSite().getShell()), 30_000, "the Problems entries");
        // Xvfb has no window manager to maximize the window: give it the whole screen
        editor.getSite().getShell().setBounds(editor.getSite().getShell().getDisplay().getPrimaryMonitor().getBounds());
        WorkbenchFixture.settle(1500);

        Path shot = WorkbenchFixture.screenshot("workbench.png");
        assertTrue(Files.size(shot) > 20_000, "a real screenshot, not an empty image: " + Files.size(shot) + " bytes");
    }
}
