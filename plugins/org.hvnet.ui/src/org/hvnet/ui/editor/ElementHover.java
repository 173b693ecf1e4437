package org.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.NamedElement;

/** What the element under the mouse is: its kind and name (and, with the simulation, its address). */
final class ElementHover {

    private ElementHover() {
    }

    static List<String> describe(HvnetEditor editor, int offset) {
        List<String> lines = new ArrayList<>();
        ReconcileResult latest = editor.latestReconcile();
        if (latest == null) {
            return lines;
        }
        XtextResource resource = latest.parsed().resource();
        EObjectAtOffsetHelper helper = editor.language().get(EObjectAtOffsetHelper.class);
        EObject element = helper.resolveElementAt(resource, offset);
        if (element instanceof NamedElement named && named.getName() != null) {
            lines.add(element.eClass().getName() + " " + named.getName());
        }
        return lines;
    }
}
