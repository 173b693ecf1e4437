// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Topology;
import org.hvnet.model.values.NameText;
import org.hvnet.validation.TopologyValidation;

/**
 * The fix of rule V-9: renames a second element of a name to the name with the first free number ({@code Web_2},
 * {@code Web_3}, ...), free among every name of every file (and the names hosts retired), so that it is unique in
 * whatever namespace the rule checks. References keep naming the first element.
 */
final class FreeName {

    private FreeName() {
    }

    /** The edit that renames {@code element}, or none when it has no written name. */
    static List<TextEdit> of(NamedElement element, Document document) {
        List<INode> nameNodes = NodeModelUtils.findNodesForFeature(element, HvnetPackage.Literals.NAMED_ELEMENT__NAME);
        if (element.getName() == null || nameNodes.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        for (Topology topology : TopologyValidation.topologiesBeside(element.eResource())) {
            for (EObject each : (Iterable<EObject>) topology::eAllContents) {
                if (each instanceof NamedElement named && named.getName() != null) {
                    taken.add(named.getName());
                }
                if (each instanceof Host host) {
                    taken.addAll(host.getRetiredNames());
                }
            }
        }
        int number = 2;
        while (taken.contains(element.getName() + "_" + number)) {
            number++;
        }
        INode name = nameNodes.get(0);
        return List.of(TextEdits.replace(document, name.getOffset(), name.getEndOffset(), NameText.asWritten(element.getName() + "_" + number)));
    }
}
