package org.hvnet.ui.editor.coloring;

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
 * and where a cross-reference names them, read from the parsed model. Computed off the UI thread.
 */
public final class SemanticRanges {

    /** One coloured range. */
    public record Range(int offset, int length, TextStyle style) {
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
            TextStyle style = styleOf(element);
            if (style != null) {
                for (INode node : NodeModelUtils.findNodesForFeature(element, names)) {
                    ranges.add(new Range(node.getOffset(), node.getLength(), style));
                }
            }
        });
        ICompositeNode root = resource.getParseResult().getRootNode();
        for (INode node : root.getAsTreeIterable()) {
            if (node.getGrammarElement() instanceof CrossReference) {
                EObject target = references.getCrossReferencedElement(node);
                TextStyle style = target == null || target.eIsProxy() ? null : styleOf(target);
                if (style != null) {
                    ranges.add(new Range(node.getOffset(), node.getLength(), style));
                }
            }
        }
        ranges.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return ranges;
    }

    /** The style of an element's name, or null when its name keeps the lexical colour. */
    public static TextStyle styleOf(EObject element) {
        return STYLES.doSwitch(element);
    }

    /** One case per kind of named element that has a colour of its own; null for every other element. */
    private static final HvnetSwitch<TextStyle> STYLES = new HvnetSwitch<>() {
        @Override
        public TextStyle caseHost(Host object) {
            return TextStyle.HOST;
        }

        @Override
        public TextStyle caseNetwork(Network object) {
            return TextStyle.NETWORK;
        }

        @Override
        public TextStyle caseVirtualMachine(VirtualMachine object) {
            return TextStyle.VM;
        }

        @Override
        public TextStyle caseVirtualSwitch(VirtualSwitch virtualSwitch) {
            SwitchKind kind = virtualSwitch.getKind();
            if (kind == SwitchKind.EXTERNAL) {
                return TextStyle.SWITCH_EXTERNAL;
            }
            return kind == SwitchKind.PRIVATE ? TextStyle.SWITCH_PRIVATE : TextStyle.SWITCH_INTERNAL;
        }

        @Override
        public TextStyle caseInterface(Interface object) {
            return TextStyle.INTERFACE;
        }
    };
}
