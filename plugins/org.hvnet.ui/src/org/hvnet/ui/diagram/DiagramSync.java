// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.ui.editor.DiagramElements;
import org.hvnet.ui.editor.EditorInputFiles;
import org.hvnet.ui.editor.HvnetEditor;

/**
 * Keeps the text and the diagram editors of one file on the same element: the caret on a name selects its element
 * in the diagram, a selection in the diagram reveals the element's name in the text and the Outline, and a trace
 * of the Trace view shows in the diagram.
 */
public final class DiagramSync {

    private DiagramSync() {
    }

    /** From now on, the element at {@code editor}'s caret is selected in the open diagrams of its file. */
    public static void followCaret(HvnetEditor editor) {
        if (editor.getSelectionProvider() instanceof IPostSelectionProvider provider) {
            provider.addPostSelectionChangedListener(event -> {
                if (event.getSelection() instanceof ITextSelection text) {
                    revealInDiagrams(editor, text.getOffset());
                }
            });
        }
    }

    /** Shows the trace from {@code from} to {@code to} in the open diagrams of {@code editor}'s file. */
    public static void showTrace(HvnetEditor editor, String from, String to) {
        for (HvnetDiagramEditor diagram : diagramsOf(editor)) {
            diagram.page().trace(from, to);
        }
    }

    /** Reveals the first of {@code ids}, selected in {@code diagram}, in the text editor of its file (and its Outline). */
    static void revealInText(HvnetDiagramEditor diagram, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        String id = ids.get(0);
        if (id.contains(ElementIds.NAME_LABEL_SUFFIX)) {
            id = id.substring(0, id.indexOf(ElementIds.NAME_LABEL_SUFFIX));
        }
        HvnetEditor editor = textOf(diagram);
        if (editor == null || editor.viewer() == null) {
            return;
        }
        int caret = editor.viewer().getSelectedRange().x;
        if (id.equals(DiagramElements.idAt(editor, caret))) {
            return; // the text is there already (or asked for it)
        }
        IRegion name = DiagramElements.nameOf(editor, id);
        if (name != null) {
            editor.revealElement(name.getOffset(), name.getLength());
        }
    }

    private static void revealInDiagrams(HvnetEditor editor, int offset) {
        List<HvnetDiagramEditor> diagrams = diagramsOf(editor);
        if (diagrams.isEmpty()) {
            return;
        }
        String id = DiagramElements.idAt(editor, offset);
        if (id == null) {
            return;
        }
        for (HvnetDiagramEditor diagram : diagrams) {
            if (!diagram.page().reportedSelection().equals(List.of(id))) {
                diagram.page().select(id);
            }
        }
    }

    private static List<HvnetDiagramEditor> diagramsOf(HvnetEditor editor) {
        List<HvnetDiagramEditor> diagrams = new ArrayList<>();
        IFile file = EditorInputFiles.fileOf(editor.getEditorInput());
        for (IEditorPart part : editorsOf(editor.getSite().getPage(), file)) {
            if (part instanceof HvnetDiagramEditor diagram && diagram.page() != null) {
                diagrams.add(diagram);
            }
        }
        return diagrams;
    }

    private static HvnetEditor textOf(HvnetDiagramEditor diagram) {
        IFile file = EditorInputFiles.fileOf(diagram.getEditorInput());
        for (IEditorPart part : editorsOf(diagram.getSite().getPage(), file)) {
            if (part instanceof HvnetEditor editor) {
                return editor;
            }
        }
        return null;
    }

    private static List<IEditorPart> editorsOf(IWorkbenchPage page, IFile file) {
        List<IEditorPart> parts = new ArrayList<>();
        if (file == null) {
            return parts;
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part != null && file.equals(EditorInputFiles.fileOf(part.getEditorInput()))) {
                parts.add(part);
            }
        }
        return parts;
    }
}
