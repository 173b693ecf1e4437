// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.outline;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.hvnet.ui.editor.coloring.TextStyle;

/** The Outline of a .hvnet editor: hosts, networks, switches and VMs; selecting one reveals it in the text. */
public final class HvnetOutlinePage extends ContentOutlinePage {

    private final ITextEditor editor;
    private List<OutlineNode> input = List.of();

    /** The outline of {@code editor}. */
    public HvnetOutlinePage(ITextEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object root) {
                return ((List<?>) root).toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((OutlineNode) parent).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineNode) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineNode) element).label();
            }

            @Override
            public Image getImage(Object element) {
                TextStyle kind = ((OutlineNode) element).kind();
                String image = kind == TextStyle.HOST || kind == TextStyle.NETWORK ? ISharedImages.IMG_OBJ_FOLDER
                        : ISharedImages.IMG_OBJ_ELEMENT;
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        viewer.setInput(input);
        viewer.expandToLevel(2);
    }

    /** Shows new outline nodes (UI thread). */
    public void setInput(List<OutlineNode> nodes) {
        input = nodes;
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed()) {
            Object[] expanded = viewer.getExpandedElements();
            viewer.setInput(nodes);
            if (expanded.length == 0) {
                viewer.expandToLevel(2);
            } else {
                viewer.expandToLevel(2);
            }
        }
    }

    /** Selects the entry whose name is written at {@code offset}, if there is one (UI thread). */
    public void select(int offset) {
        TreeViewer viewer = getTreeViewer();
        OutlineNode node = nodeAt(input, offset);
        if (viewer != null && !viewer.getControl().isDisposed() && node != null
                && !new StructuredSelection(node).equals(viewer.getSelection())) {
            viewer.setSelection(new StructuredSelection(node), true);
        }
    }

    private static OutlineNode nodeAt(List<OutlineNode> nodes, int offset) {
        for (OutlineNode node : nodes) {
            OutlineNode found = node.offset() == offset ? node : nodeAt(node.children(), offset);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The nodes shown (for tests). */
    public List<OutlineNode> input() {
        return input;
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection
                && selection.getFirstElement() instanceof OutlineNode node) {
            editor.selectAndReveal(node.offset(), node.length());
        }
    }
}
