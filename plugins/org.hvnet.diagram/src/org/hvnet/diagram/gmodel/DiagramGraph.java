// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GGraph;
import org.hvnet.model.Topology;

/**
 * A built diagram: the GModel root, for every element id the model element it shows, and the topologies it was
 * built from (the files', or the simulated ones with the planned installs applied).
 */
public record DiagramGraph(GGraph root, Map<String, EObject> elements, List<Topology> topologies) {

    /** The model element shown by the diagram element {@code id} (a name label id is taken as its owner's). */
    public EObject element(String id) {
        EObject element = elements.get(id);
        return element != null ? element : elements.get(ElementIds.ownerOfLabel(id));
    }

    /** The id of the shape that shows {@code element}, or of the nearest shown element that holds it; null when none does. */
    public String shownId(EObject element, Map<EObject, String> ids) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            String id = ids.get(current);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The ids of the shapes by the model element they show (edges left out). */
    public Map<EObject, String> shapeIds() {
        Map<EObject, String> ids = new java.util.HashMap<>();
        elements.forEach((id, element) -> {
            if (!ElementIds.isEdge(id)) {
                ids.putIfAbsent(element, id);
            }
        });
        return ids;
    }
}
