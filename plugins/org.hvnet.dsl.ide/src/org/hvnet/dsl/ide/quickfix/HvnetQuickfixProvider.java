// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.Document;
import org.hvnet.model.Interface;
import org.hvnet.model.NamedElement;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualSwitch;

/**
 * The quick fixes of the rule catalogue, one {@code @QuickFix} method per rule id (the diagnostic's code), each
 * offering text edits computed on the element the diagnostic lies on. A fix that does not apply to a finding
 * computes no edit, and is then not offered ({@link HvnetCodeActions}).
 */
public class HvnetQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    /** V-4 (I-2): the static settings the install would lose move to the host vNIC it creates. */
    @QuickFix("V-4")
    public void moveSettingsToHostVnic(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Move the static IPv4 settings to the host vNIC that the install creates (rule V-4)",
                on(PhysicalNic.class, SettingsMove::of));
    }

    /** V-5 (S-5, A-3): a DHCP interface without a DHCP server gets a free static address of its segment. */
    @QuickFix("V-5")
    public void giveAStaticAddress(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Give it a free static address of its segment (rule V-5)", onDhcpClient(SegmentAddressing::staticAddress));
    }

    /** V-5 (S-5, A-3): a VM with a static address on the segment runs a DHCP server for it. */
    @QuickFix("V-5")
    public void runADhcpServer(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Run a DHCP server for the segment in a VM that has a static address on it (rule V-5)",
                onDhcpClient(SegmentAddressing::dhcpServer));
    }

    /** V-8 (I-2): only the switch protocol on a NIC that backs an external switch; its settings go to the host vNIC. */
    @QuickFix("V-8")
    public void bindOnlyTheSwitchProtocol(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Bind only the switch protocol and move the IPv4 settings to the switch's host vNIC (rule V-8)",
                on(PhysicalNic.class, SwitchProtocolBinding::of));
    }

    /** V-9: the second element of a name is renamed to a free one. */
    @QuickFix("V-9")
    public void renameToAFreeName(DiagnosticResolutionAcceptor acceptor) {
        acceptor.accept("Rename it to a free name (rule V-9)", on(NamedElement.class, FreeName::of));
    }

    // V-11 (a feature used on a platform without it): the rule is not in the catalogue yet. Its fix, "change the
    // platform to the one the message names", goes here as @QuickFix("V-11"), replacing the host's platform keyword.

    /**
     * A text modification on what V-5 is reported on: the DHCP interface, or the internal switch whose implied host
     * vNIC uses DHCP.
     */
    private static ITextModification onDhcpClient(BiFunction<EObject, Document, List<TextEdit>> edits) {
        return (diagnostic, element, document) -> {
            EObject client = EcoreUtil2.getContainerOfType(element, Interface.class);
            if (client == null) {
                client = EcoreUtil2.getContainerOfType(element, VirtualSwitch.class);
            }
            return client == null ? List.of() : edits.apply(client, document);
        };
    }

    /**
     * A text modification on the element of type {@code type} that contains the diagnostic's start; no edit when
     * there is none there (the text changed since the diagnostic).
     */
    private static <T extends EObject> ITextModification on(Class<T> type, BiFunction<T, Document, List<TextEdit>> edits) {
        return (diagnostic, element, document) -> {
            T target = EcoreUtil2.getContainerOfType(element, type);
            return target == null ? List.of() : edits.apply(target, document);
        };
    }
}
