// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.hvnet.ui.diagram.HvnetDiagramEditor;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.editor.outline.HvnetOutlinePage;
import org.hvnet.ui.editor.outline.OutlineNode;
import org.hvnet.ui.views.TraceView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Text, diagram and Outline of one file on the same element; a trace of the Trace view highlighted in the diagram. */
class DiagramSyncTest {

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void theCaretOnAVmNicNameSelectsTheNicInTheDiagram() throws Exception {
        IFile file = WorkbenchFixture.articleFile("sync-text.hvnet");
        HvnetEditor editor = WorkbenchFixture.open(file);
        HvnetDiagramEditor diagram = openDiagram(file);
        WorkbenchFixture.page().activate(editor);
        WorkbenchFixture.waitForReconcile(editor);
        String text = editor.viewer().getDocument().get();
        int web01 = text.indexOf("vm Web01 { nic eth0");
        editor.selectAndReveal(text.indexOf("eth0", web01) + 2, 0);
        WorkbenchFixture.waitUntil(() -> diagram.page().selected().equals(List.of("vmnic:HV01/Web01/eth0")), 20_000,
                "the NIC selected in the diagram");
        editor.selectAndReveal(text.indexOf("switch Isolated") + "switch Is".length(), 0);
        WorkbenchFixture.waitUntil(() -> diagram.page().selected().equals(List.of("switch:HV01/Isolated")), 20_000,
                "the switch selected in the diagram");
        // a reference names its target: the caret on 'Lab' after 'on' selects the switch Lab
        editor.selectAndReveal(text.indexOf("on Lab", web01) + 4, 0);
        WorkbenchFixture.waitUntil(() -> diagram.page().selected().equals(List.of("switch:HV01/Lab")), 20_000,
                "the referenced switch selected in the diagram");
    }

    @Test
    void aClickInTheDiagramRevealsTheNameInTheTextAndTheOutline() throws Exception {
        IFile file = WorkbenchFixture.articleFile("sync-diagram.hvnet");
        HvnetEditor editor = WorkbenchFixture.open(file);
        IWorkbenchPage page = WorkbenchFixture.page();
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        WorkbenchFixture.waitUntil(() -> outline.getCurrentPage() instanceof HvnetOutlinePage p && !p.input().isEmpty(),
                10_000, "the HVNet outline");
        HvnetOutlinePage outlinePage = (HvnetOutlinePage) outline.getCurrentPage();
        HvnetDiagramEditor diagram = openDiagram(file);
        String text = editor.viewer().getDocument().get();
        int db01 = text.indexOf("Db01 {");
        assertTrue(db01 > 0);
        click(diagram, "vm:HV01/Db01");
        WorkbenchFixture.waitUntil(() -> ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset() == db01,
                20_000, "Db01 selected in the text");
        assertEquals("Db01", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());
        WorkbenchFixture.waitUntil(() -> outlinePage.getSelection() instanceof IStructuredSelection s
                && s.getFirstElement() instanceof OutlineNode node && node.label().equals("vm Db01"), 10_000,
                "Db01 selected in the Outline");
        assertEquals(List.of("vm:HV01/Db01"), diagram.page().selected());
    }

    @Test
    void theTraceOfTheTraceViewIsHighlightedInTheDiagram() throws Exception {
        IFile file = WorkbenchFixture.articleFile("sync-trace.hvnet");
        HvnetEditor editor = WorkbenchFixture.open(file);
        HvnetDiagramEditor diagram = openDiagram(file);
        IWorkbenchPage page = WorkbenchFixture.page();
        page.activate(editor);
        WorkbenchFixture.waitForReconcile(editor);
        assertEquals(List.of(), diagram.page().traced());
        TraceView view = (TraceView) page.showView(TraceView.ID);
        view.trace("Web01", "8.8.8.8");
        WorkbenchFixture.waitUntil(() -> view.verdictText().startsWith("DELIVERED"), 30_000, "the trace's verdict");
        WorkbenchFixture.waitUntil(() -> diagram.page().traced().contains("vmnic:HV01/Web01/eth0"), 30_000,
                "the traced path in the diagram");
        List<String> traced = diagram.page().traced();
        assertTrue(traced.contains("switch:HV01/Lab"), traced.toString());
        assertTrue(traced.contains("edge:connection>vmnic:HV01/Web01/eth0"), traced.toString());
        assertTrue(!traced.contains("vm:HV01/Db01") && !traced.contains("vmnic:HV01/Db01/eth0"), traced.toString());
    }

    private static HvnetDiagramEditor openDiagram(IFile file) throws Exception {
        // as Open With does: a second editor of the same file beside the text editor
        HvnetDiagramEditor diagram = (HvnetDiagramEditor) WorkbenchFixture.page().openEditor(new FileEditorInput(file),
                HvnetDiagramEditor.ID, true, IWorkbenchPage.MATCH_INPUT | IWorkbenchPage.MATCH_ID);
        WorkbenchFixture.waitUntil(() -> diagram.drawnNodes() >= 9, 60_000, "the diagram's nodes in the page");
        WorkbenchFixture.waitUntil(() -> Boolean.TRUE.equals(diagram.browser().evaluate("return !!(window.hvnet && window.hvnet.ready);")),
                30_000, "the diagram page ready");
        return diagram;
    }

    /** A mouse click on the shape of the element with id {@code id}, as the page receives it from a user. */
    private static void click(HvnetDiagramEditor diagram, String id) throws Exception {
        WorkbenchFixture.page().activate(diagram);
        Object clicked = diagram.browser().evaluate("""
                const id = %s;
                const shape = [...document.querySelectorAll('#hvnet-diagram [id]')].find(e => e.id.endsWith('_' + id));
                if (!shape) { return false; }
                const target = shape.querySelector('rect') || shape;
                const box = target.getBoundingClientRect();
                const at = { bubbles: true, cancelable: true, view: window, button: 0, clientX: box.left + 4, clientY: box.top + 4 };
                target.dispatchEvent(new MouseEvent('mousedown', { ...at, buttons: 1 }));
                target.dispatchEvent(new MouseEvent('mouseup', at));
                target.dispatchEvent(new MouseEvent('click', at));
                return true;
                """.formatted("\"" + id + "\""));
        assertEquals(Boolean.TRUE, clicked, "the shape of " + id + " in the page");
    }
}
