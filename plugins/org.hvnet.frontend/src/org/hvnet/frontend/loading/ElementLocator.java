// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/** Finds where a model element (or one of its features) is written in its .hvnet file. */
public final class ElementLocator {

    private final DisplayNames displayNames;

    /** A locator that names files as {@code displayNames} says. */
    public ElementLocator(DisplayNames displayNames) {
        this.displayNames = displayNames;
    }

    /** The text of {@code feature} of {@code element} (index {@code index} for lists), or the element itself. */
    public SourceLocation locate(EObject element, EStructuralFeature feature, int index) {
        Resource resource = element == null ? null : element.eResource();
        String file = resource == null ? "<model>" : displayNames.of(resource.getURI());
        INode node = null;
        if (feature != null) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
            if (!nodes.isEmpty()) {
                node = nodes.get(index >= 0 && index < nodes.size() ? index : 0);
            }
        }
        if (node == null && element != null) {
            node = NodeModelUtils.findActualNodeFor(element);
        }
        if (node == null) {
            return new SourceLocation(file, 1, 1, 0, 0);
        }
        int offset = node.getOffset();
        ICompositeNode root = node.getRootNode();
        LineAndColumn position = NodeModelUtils.getLineAndColumn(root == null ? node : root, offset);
        return new SourceLocation(file, position.getLine(), position.getColumn(), offset, node.getLength());
    }
}
