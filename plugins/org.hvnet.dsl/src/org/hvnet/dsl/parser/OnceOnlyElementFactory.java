// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * Builds the model while parsing, and refuses a statement that sets a single value a second time, such as a second
 * {@code install} or {@code rras} line in one host: the grammar lets a host's statements come in any order, and the
 * second would silently replace the first. The parser reports the refusal as a syntax error at the second statement
 * and keeps the first.
 */
public class OnceOnlyElementFactory extends DefaultEcoreElementFactory {

    @Override
    public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
        EStructuralFeature structuralFeature = object.eClass().getEStructuralFeature(feature);
        if (structuralFeature != null && !structuralFeature.isMany() && object.eIsSet(structuralFeature)) {
            throw new ValueConverterException(WrittenTwice.message(object, structuralFeature, firstLine(object, structuralFeature), node),
                    node, null);
        }
        super.set(object, feature, value, ruleName, node);
    }

    /** The line of the statement that set the value first, or 0 when it is not known. */
    private static int firstLine(EObject object, EStructuralFeature feature) {
        Object first = object.eGet(feature);
        INode node = first instanceof EObject element ? NodeModelUtils.findActualNodeFor(element) : null;
        if (node == null) {
            node = NodeModelUtils.findNodesForFeature(object, feature).stream().findFirst().orElse(null);
        }
        return node == null ? 0 : node.getStartLine();
    }

    /** The messages of a statement written twice, in the language's words. */
    static final class WrittenTwice {

        private WrittenTwice() {
        }

        static String message(EObject owner, EStructuralFeature feature, int firstLine, INode second) {
            String kept = "the first" + (firstLine > 0 ? " (line " + firstLine + ")" : "") + " is kept";
            String who = label(owner);
            return switch (feature.getName()) {
            case "install" -> who + " has a second install line: a host has one planned install, " + kept
                    + ". Write one line naming every NIC: install hyperv using NIC1, NIC2";
            case "rras" -> who + " has a second rras line: a host has one RRAS, " + kept
                    + ". Write one line: rras routing nat public IFACE private IFACE";
            case "macPool" -> who + " has a second mac-pool line: a host has one MAC address pool, " + kept;
            case "dhcpService" -> who + " has a second dhcp-service line: a switch has one DHCP service, " + kept;
            case "ipv4" -> who + " has a second ipv4 line: an interface has one IPv4 configuration, " + kept;
            default -> "'" + firstWord(second, feature) + "' is written twice for " + who + ": write it once";
            };
        }

        /** How a message names the element: its kind and name. */
        private static String label(EObject owner) {
            String name = owner instanceof NamedElement named && named.getName() != null ? " " + named.getName() : "";
            String kind = owner instanceof Host ? "host"
                    : owner instanceof VirtualSwitch ? "switch"
                    : owner instanceof VirtualMachine ? "VM"
                    : owner instanceof VmNic ? "VM NIC"
                    : owner instanceof HostVirtualNic ? "host vNIC"
                    : owner instanceof PhysicalNic ? "NIC"
                    : owner instanceof Network ? "network" : null;
            return kind != null ? kind + name : name.isEmpty() ? "this element" : name.substring(1);
        }

        private static String firstWord(INode node, EStructuralFeature feature) {
            String text = node == null ? "" : NodeModelUtils.getTokenText(node).trim();
            int space = text.indexOf(' ');
            String word = space < 0 ? text : text.substring(0, space);
            return word.isEmpty() ? feature.getName() : word;
        }
    }
}
