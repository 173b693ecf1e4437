// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.TextRegion;
import org.hvnet.dsl.resource.KeptPerState;
import org.hvnet.dsl.resource.ResourceSetState;
import org.hvnet.model.HvnetPackage;
import org.hvnet.simulation.addresses.InterfaceAddress;

import com.google.inject.Singleton;

/**
 * The language server's hover, with the workbench editor's content: the help of each rule whose diagnostic lies
 * under the position, then what the name or reference there names, with its simulated addresses. The address table is computed
 * once per state of the workspace's models ({@link ResourceSetState}; the language server keeps one resource set and
 * changes its resources at every edit) and kept on the resource set.
 */
@Singleton
public class ElementHover {

    private static final Logger LOG = Logger.getLogger(ElementHover.class);
    /** The key of the address table kept on a resource set. */
    private static final Object ADDRESSES = ElementHover.class.getName() + ".addresses";

    /** The hover at {@code position}, or null when there is nothing to say there. */
    public Hover hover(Document document, XtextResource resource, Position position, List<Diagnostic> diagnostics) {
        int offset = document.getOffSet(position);
        List<String> lines = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            String help = diagnostic.getCode() == null || !diagnostic.getCode().isLeft() ? null : RuleHelp.of(diagnostic.getCode().getLeft());
            if (help != null && !lines.contains(help)) {
                lines.add(help);
            }
        }
        EObjectAtOffsetHelper elements = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
        EObject element = elements.resolveElementAt(resource, offset);
        INode name = nameAt(elements, resource, element, offset);
        if (name != null) {
            lines.addAll(ElementDescription.lines(element, () -> addressesOf(resource.getResourceSet(), resource.getCache())));
        }
        if (lines.isEmpty()) {
            return null;
        }
        Hover hover = new Hover(new MarkupContent(MarkupKind.PLAINTEXT, String.join("\n", lines)));
        if (name != null) {
            hover.setRange(new Range(document.getPosition(name.getOffset()), document.getPosition(name.getEndOffset())));
        }
        return hover;
    }

    /** The reference or the declared name at {@code offset} that names {@code element}, or null. */
    private static INode nameAt(EObjectAtOffsetHelper elements, XtextResource resource, EObject element, int offset) {
        INode node = elements.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (node == null && element != null && element.eResource() == resource) {
            List<INode> names = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.NAMED_ELEMENT__NAME);
            node = names.isEmpty() ? null : names.get(0);
        }
        return node != null && node.getOffset() <= offset && offset <= node.getEndOffset() ? node : null;
    }

    private static List<InterfaceAddress> addressesOf(ResourceSet resourceSet, IResourceScopeCache cache) {
        if (resourceSet == null) {
            return List.of();
        }
        return KeptPerState.get(resourceSet, cache, ADDRESSES, addresses -> true, () -> simulated(resourceSet));
    }

    private static List<InterfaceAddress> simulated(ResourceSet resourceSet) {
        try {
            return SimulatedAddresses.of(resourceSet);
        } catch (RuntimeException e) {
            LOG.warn("hovers show no addresses: the simulation cannot take the model as it is typed", e);
            return List.of();
        }
    }
}
