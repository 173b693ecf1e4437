// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.hvnet.ui.editor.HvnetEditor;
import org.hvnet.ui.language.TextProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quick Fix (Ctrl+1) in the editor: the command lists the language's fixes of the caret line's problem and applies one. */
class QuickFixTest {

    static final String V4_FIX = "Move the static IPv4 settings to the host vNIC that the install creates (rule V-4)";

    @AfterEach
    void closeEditors() {
        WorkbenchFixture.closeEditors();
    }

    @Test
    void ctrl1OnTheV4LineListsItsFixAndAppliesItToTheEditor() throws Exception {
        IFile file = WorkbenchFixture.articleFile("ctrl1.hvnet");
        HvnetEditor editor = WorkbenchFixture.open(file);
        IDocument document = editor.viewer().getDocument();
        TextProblem v4 = editor.latestReconcile().parsed().problems().stream().filter(p -> p.rule().equals("V-4"))
                .findFirst().orElseThrow();
        // the caret at the start of the marked line, not on the problem itself (as a user pressing Ctrl+1 there)
        int lineStart = document.getLineOffset(v4.line() - 1);
        assertTrue(lineStart < v4.offset(), "the caret is before the problem on its line");
        editor.getSite().getPage().activate(editor);
        editor.selectAndReveal(lineStart, 0);
        WorkbenchFixture.settle(200);

        // Ctrl+1 is the platform's Quick Fix command; the handler service runs it as the key binding does
        editor.getSite().getService(IHandlerService.class).executeCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST, null);
        WorkbenchFixture.waitUntil(() -> proposalTable() != null, 10_000, "the quick fix proposals");
        Table table = proposalTable();
        List<String> proposals = Arrays.stream(table.getItems()).map(TableItem::getText).toList();
        assertEquals(List.of(V4_FIX), proposals);
        WorkbenchFixture.settle(1500); // the fix's details open beside the list
        assertTrue(table.getClientArea().width >= WorkbenchFixture.textWidth(table, V4_FIX),
                "the fix's title is whole in the pop-up: " + table.getClientArea());
        WorkbenchFixture.screenshot("quick-fix.png");

        String before = org.hvnet.ui.editor.EditorInputFiles.read(file);
        table.setSelection(0);
        table.notifyListeners(SWT.DefaultSelection, new Event()); // Enter on the proposal
        WorkbenchFixture.waitUntil(() -> document.get().contains("host-vnic \"Local Area Connection 3\" { ipv4 static 192.168.1.10/24"),
                10_000, "the fix in the editor's text");
        assertTrue(editor.isDirty(), "the fix is an edit of the editor, saved by the user");
        assertEquals(before, org.hvnet.ui.editor.EditorInputFiles.read(file), "the file is unchanged until saved");
        WorkbenchFixture.waitForReconcile(editor);
        assertTrue(editor.latestReconcile().parsed().problems().stream().noneMatch(p -> p.rule().equals("V-4")),
                editor.latestReconcile().parsed().problems().toString());
        assertTrue(editor.latestReconcile().parsed().problems().stream().noneMatch(p -> p.severity() == TextProblem.Kind.ERROR),
                "the fix introduces no error");
    }

    @Test
    void ctrl1OnALineWithoutProblemOffersNothing() throws Exception {
        HvnetEditor editor = WorkbenchFixture.open(WorkbenchFixture.articleFile("ctrl1none.hvnet"));
        IDocument document = editor.viewer().getDocument();
        editor.getSite().getPage().activate(editor);
        editor.selectAndReveal(document.get().indexOf("vm Web01"), 0);
        editor.getSite().getService(IHandlerService.class).executeCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST, null);
        WorkbenchFixture.settle(1000);
        Table table = proposalTable();
        assertTrue(table == null || table.getItemCount() == 0, "no proposals");
    }

    /** The proposal table of the open quick fix pop-up, or null. */
    static Table proposalTable() {
        return WorkbenchFixture.controlsInShells(Table.class).stream()
                .filter(t -> t.getShell() != org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell())
                .findFirst().orElse(null);
    }
}
