// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.types.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Expectation;

/**
 * The {@code expect} lines a deletion takes with it (they name the deleted element or something inside it, and could
 * not be written without it): the message that tells the user which ones, by file and line, so that a check does not
 * silently vanish.
 */
final class ExpectLines {

    private ExpectLines() {
    }

    /** The message naming the expect lines that deleting {@code ids} removes, if any. */
    static Optional<MessageAction> removedBy(TopologyCommands commands, List<String> ids) {
        Set<Expectation> removed = new LinkedHashSet<>();
        for (String id : ids) {
            EObject element = ElementIds.isEdge(id) ? null : commands.element(id);
            if (element != null) {
                removed.addAll(TopologyEdits.expectationsNaming(element));
            }
        }
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        for (Expectation expectation : removed) {
            ICompositeNode node = NodeModelUtils.getNode(expectation);
            String file = expectation.eResource() == null ? "" : expectation.eResource().getURI().lastSegment();
            lines.add(node == null ? file : file + ":" + node.getStartLine() + " \u201c" + NodeModelUtils.getTokenText(node) + "\u201d");
        }
        String message = "Deleted with " + (removed.size() == 1 ? "the expect line" : "the " + removed.size() + " expect lines")
                + " that named it: " + String.join("; ", lines) + " (Undo brings " + (removed.size() == 1 ? "it" : "them") + " back)";
        return Optional.of(new MessageAction(Severity.WARNING, message));
    }
}
