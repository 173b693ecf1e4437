// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GNode;

/** The shapes of one host built for a diagram already shown: its node, the edges inside it, and every element's model element. */
public record HostShapes(GNode node, List<GEdge> edges, Map<String, EObject> elements) {
}
