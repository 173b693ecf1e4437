package org.hvnet.diagram.gmodel;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;

/** A built diagram: the GModel root and, for every element id, the model element it shows. */
public record DiagramGraph(GGraph root, Map<String, EObject> elements) {

    /** The model element shown by the diagram element {@code id} (a name label id is taken as its owner's). */
    public EObject element(String id) {
        EObject element = elements.get(id);
        return element != null ? element : elements.get(ElementIds.ownerOfLabel(id));
    }
}
