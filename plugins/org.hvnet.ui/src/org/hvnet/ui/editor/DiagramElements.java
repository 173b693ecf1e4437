// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.model.Topology;

/** Between the text and the diagram: the diagram id of the element at an offset, and where an id's element is named. */
public final class DiagramElements {

    private DiagramElements() {
    }

    /**
     * The diagram id of the element at {@code offset} (the element a reference there names, else the innermost shown
     * element around it), or null; read from the last reconcile, and null while the text is newer than it.
     */
    public static String idAt(HvnetEditor editor, int offset) {
        ReconcileResult latest = editor.latestReconcile();
        if (latest == null || editor.viewer() == null || !latest.parsed().text().equals(editor.viewer().getDocument().get())) {
            return null;
        }
        XtextResource resource = latest.parsed().resource();
        EObject element = editor.language().get(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
        for (EObject shown = element; shown != null && !shown.eIsProxy(); shown = shown.eContainer()) {
            String id = ElementLookup.idOf(shown);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** Where the element with diagram id {@code id} is named in the editor's text, or null when it is not there. */
    public static IRegion nameOf(HvnetEditor editor, String id) {
        XtextResource resource = ElementAtOffset.currentResource(editor);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Topology topology)) {
            return null;
        }
        EObject element = ElementLookup.find(topology, id);
        return element == null ? null : ElementAtOffset.nameRegion(element);
    }
}
