package org.hvnet.diagram.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.text.TopologyDocument;

/**
 * The validation markers of a diagram: every issue the language reports (syntax, links and, with
 * org.hvnet.validation, every V-rule with its id as the issue code), placed on the nearest shown element.
 */
public final class DiagramMarkers {

    private DiagramMarkers() {
    }

    /** Markers by element id; issues on elements not shown go to the diagram root. */
    public static Map<String, List<DiagramMarker>> of(TopologyDocument document, DiagramGraph graph) {
        Map<EObject, String> shapes = new HashMap<>();
        graph.elements().forEach((id, element) -> {
            if (!id.contains(">")) {
                shapes.putIfAbsent(element, id);
            }
        });
        Map<String, List<DiagramMarker>> markers = new LinkedHashMap<>();
        for (Issue issue : document.validate()) {
            if (issue.getSeverity() == Severity.IGNORE) {
                continue;
            }
            String id = graph.root().getId();
            EObject element = issue.getUriToProblem() == null ? null
                    : document.resource().getEObject(issue.getUriToProblem().fragment());
            for (EObject current = element; current != null; current = current.eContainer()) {
                if (shapes.containsKey(current)) {
                    id = shapes.get(current);
                    break;
                }
            }
            String rule = issue.getCode() == null ? (issue.isSyntaxError() ? "syntax" : "link") : issue.getCode();
            if (rule.contains(".")) {
                rule = issue.isSyntaxError() ? "syntax" : "link";
            }
            markers.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new DiagramMarker(id, issue.getSeverity() == Severity.ERROR, rule, issue.getMessage()));
        }
        return markers;
    }
}
