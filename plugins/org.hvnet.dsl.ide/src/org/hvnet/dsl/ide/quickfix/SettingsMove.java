// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.Host;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.values.NameText;
import org.hvnet.validation.TopologyValidation;

/**
 * Moves a physical NIC's IPv4 settings onto the host vNIC of the external switch on that NIC (rule I-2), written
 * explicitly: into the host vNIC written in that switch, or a new {@code host-vnic NAME { ... }} in the written
 * switch, or a new {@code switch NAME external on NIC { host-vnic NAME { ... } }} with the names the planned install
 * gives. Hyper-V adopts a written switch and host vNIC, so the settings are where Windows puts them.
 */
final class SettingsMove {

    private SettingsMove() {
    }

    /** The edits that move {@code nic}'s IPv4 settings, or none when they cannot be moved. */
    static List<TextEdit> of(PhysicalNic nic, Document document) {
        if (nic.getIpv4() == null || !(nic.eContainer() instanceof Host host)) {
            return List.of();
        }
        InstallTarget target = InstallTarget.of(nic, TopologyValidation.topologiesBeside(nic.eResource()));
        if (target == null || target.writtenVnic() != null && target.writtenVnic().getIpv4() != null) {
            return List.of();
        }
        INode settingsNode = NodeModelUtils.findActualNodeFor(nic.getIpv4());
        String text = document.getContents();
        String settings = text.substring(settingsNode.getOffset(), settingsNode.getEndOffset());
        return List.of(TextEdits.remove(document, settingsNode), insert(document, host, nic, target, settings));
    }

    /** Writes the settings on the host vNIC: in the written switch, or in a new switch after the install or the NIC. */
    private static TextEdit insert(Document document, Host host, PhysicalNic nic, InstallTarget target, String settings) {
        if (target.writtenVnic() != null) {
            return TextEdits.addInline(document, target.writtenVnic(), settings);
        }
        String vnic = "host-vnic " + NameText.quoted(target.vnicName()) + " { " + settings + " }";
        if (target.written() != null) {
            return TextEdits.addOnOwnLine(document, target.written(), vnic);
        }
        String text = document.getContents();
        INode after = NodeModelUtils.findActualNodeFor(nic);
        String indent = TextEdits.indentOf(text, after.getOffset());
        if (host.getInstall() != null) {
            INode install = NodeModelUtils.findActualNodeFor(host.getInstall());
            if (install.getEndOffset() > after.getEndOffset()) {
                after = install;
            }
        }
        int end = text.indexOf('\n', after.getEndOffset());
        if (end < 0) {
            end = text.length();
        }
        return TextEdits.insert(document, end, "\n" + indent + "switch " + NameText.quoted(target.switchName()) + " external on "
                + NameText.quoted(nic.getName()) + " {\n" + indent + TextEdits.INDENT + vnic + "\n" + indent + "}");
    }
}
