// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.HvnetPackage;

/** Reads the editor's current model at an offset: the reference there and the element it names. */
final class ElementAtOffset {

    /** A reference in the text and the declaration it resolves to. */
    record Reference(IRegion source, EObject target, IRegion targetName) {
    }

    private ElementAtOffset() {
    }

    /** The resource for the editor's current text: the last reconcile's when it is current, else a fresh parse. */
    static XtextResource currentResource(HvnetEditor editor) {
        String text = editor.viewer().getDocument().get();
        ReconcileResult latest = editor.latestReconcile();
        if (latest != null && latest.parsed().text().equals(text)) {
            return latest.parsed().resource();
        }
        return editor.language().parser().parseOnly(EditorInputFiles.uriOf(editor.getEditorInput()), text,
                EditorInputFiles.siblingsOf(EditorInputFiles.fileOf(editor.getEditorInput())));
    }

    /** The cross-reference at {@code offset} and its target, or null. */
    static Reference referenceAt(HvnetEditor editor, int offset) {
        XtextResource resource = currentResource(editor);
        EObjectAtOffsetHelper helper = editor.language().get(EObjectAtOffsetHelper.class);
        INode node = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
        if (node == null) {
            return null;
        }
        EObject target = helper.getCrossReferencedElement(node);
        if (target == null || target.eIsProxy()) {
            return null;
        }
        return new Reference(new Region(node.getOffset(), node.getLength()), target, nameRegion(target));
    }

    /** Where {@code element}'s name is written (or the element itself). */
    static IRegion nameRegion(EObject element) {
        var nodes = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.NAMED_ELEMENT__NAME);
        INode node = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(element) : nodes.get(0);
        return node == null ? new Region(0, 0) : new Region(node.getOffset(), node.getLength());
    }
}
