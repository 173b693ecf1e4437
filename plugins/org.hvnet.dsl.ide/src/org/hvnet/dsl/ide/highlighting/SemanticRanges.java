// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.util.HvnetSwitch;

/**
 * Semantic colouring: the names of hosts, networks, switches (by kind), VMs and interfaces, where they are declared
 * and where a cross-reference names them, read from the parsed model (for the workbench's colouring and the language
 * server's semantic tokens).
 */
public final class SemanticRanges {

    /**
     * One coloured range.
     *
     * @param offset where it starts
     * @param length its length
     * @param kind what it names
     * @param declaration true where the name is declared, false where a reference names it
     */
    public record Range(int offset, int length, TokenKind kind, boolean declaration) {
    }

    private SemanticRanges() {
    }

    /** The ranges of {@code resource}, in text order. */
    public static List<Range> of(XtextResource resource, EObjectAtOffsetHelper references) {
        List<Range> ranges = new ArrayList<>();
        if (resource.getParseResult() == null || resource.getContents().isEmpty()) {
            return ranges;
        }
        var names = HvnetPackage.Literals.NAMED_ELEMENT__NAME;
        resource.getAllContents().forEachRemaining(element -> {
            TokenKind kind = kindOf(element);
            if (kind != null) {
                for (INode node : NodeModelUtils.findNodesForFeature(element, names)) {
                    ranges.add(new Range(node.getOffset(), node.getLength(), kind, true));
                }
            }
        });
        ICompositeNode root = resource.getParseResult().getRootNode();
        for (INode node : root.getAsTreeIterable()) {
            if (node.getGrammarElement() instanceof CrossReference) {
                EObject target = references.getCrossReferencedElement(node);
                TokenKind kind = target == null || target.eIsProxy() ? null : kindOf(target);
                if (kind != null) {
                    ranges.add(new Range(node.getOffset(), node.getLength(), kind, false));
                }
            }
        }
        ranges.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return ranges;
    }

    /** The kind of an element's name, or null when its name keeps the lexical colour. */
    public static TokenKind kindOf(EObject element) {
        return KINDS.doSwitch(element);
    }

    /** One case per kind of named element that has a colour of its own; null for every other element. */
    private static final HvnetSwitch<TokenKind> KINDS = new HvnetSwitch<>() {
        @Override
        public TokenKind caseHost(Host object) {
            return TokenKind.HOST;
        }

        @Override
        public TokenKind caseNetwork(Network object) {
            return TokenKind.NETWORK;
        }

        @Override
        public TokenKind caseVirtualMachine(VirtualMachine object) {
            return TokenKind.VM;
        }

        @Override
        public TokenKind caseVirtualSwitch(VirtualSwitch virtualSwitch) {
            SwitchKind kind = virtualSwitch.getKind();
            if (kind == SwitchKind.EXTERNAL) {
                return TokenKind.SWITCH_EXTERNAL;
            }
            return kind == SwitchKind.PRIVATE ? TokenKind.SWITCH_PRIVATE : TokenKind.SWITCH_INTERNAL;
        }

        @Override
        public TokenKind caseInterface(Interface object) {
            return TokenKind.INTERFACE;
        }
    };
}
