// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.hvnet.diagram.gmodel.DiagramGraph;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyFiles;

/**
 * The validation markers of a diagram: every issue the language reports (syntax, links and, with
 * org.hvnet.validation, every V-rule with its id as the issue code), placed on the nearest shown element.
 */
public final class DiagramMarkers {

    private DiagramMarkers() {
    }

    /**
     * Markers by element id; an issue goes to the element it concerns or, when that is not shown (inside a compact
     * host, in a layer turned off), to the nearest shown element that holds it, else to the diagram root. Elements are
     * matched by their ids, so that the markers stay on their elements in the simulated model (planned install
     * applied), whose elements are copies.
     */
    public static Map<String, List<DiagramMarker>> of(TopologyDocument document, DiagramGraph graph) {
        return of(TopologyFiles.of(document), graph);
    }

    /** The markers of every file of {@code files} on {@code graph}, as {@link #of(TopologyDocument, DiagramGraph)}. */
    public static Map<String, List<DiagramMarker>> of(TopologyFiles files, DiagramGraph graph) {
        Set<String> shown = new HashSet<>();
        graph.elements().keySet().stream().filter(id -> !ElementIds.isEdge(id)).forEach(shown::add);
        Map<String, List<DiagramMarker>> markers = new LinkedHashMap<>();
        for (TopologyDocument document : files.documents()) {
            add(document, graph, shown, markers);
        }
        return markers;
    }

    private static void add(TopologyDocument document, DiagramGraph graph, Set<String> shown, Map<String, List<DiagramMarker>> markers) {
        for (Issue issue : document.validate()) {
            if (issue.getSeverity() == Severity.IGNORE) {
                continue;
            }
            String id = graph.root().getId();
            EObject element = issue.getUriToProblem() == null ? null
                    : document.resource().getEObject(issue.getUriToProblem().fragment());
            for (EObject current = element; current != null; current = current.eContainer()) {
                String candidate = ElementLookup.idOf(current);
                if (candidate != null && shown.contains(candidate)) {
                    id = candidate;
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
    }
}
