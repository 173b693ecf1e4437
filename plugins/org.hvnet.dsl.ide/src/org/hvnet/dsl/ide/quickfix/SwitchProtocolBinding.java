// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.PhysicalNic;

/**
 * The fix of rule V-8 (I-2): a physical NIC that backs an external switch gets {@code bind vswitch}, the switch
 * protocol only (its bind line replaced, or one written where the NIC had the Windows default set), and its IPv4
 * settings move to the switch's host vNIC ({@link SettingsMove}), where Windows keeps them.
 */
final class SwitchProtocolBinding {

    private SwitchProtocolBinding() {
    }

    /** The edits that bind only the switch protocol on {@code nic}. */
    static List<TextEdit> of(PhysicalNic nic, Document document) {
        List<TextEdit> edits = new ArrayList<>();
        List<INode> bindings = NodeModelUtils.findNodesForFeature(nic, HvnetPackage.Literals.INTERFACE__BINDINGS);
        if (!bindings.isEmpty()) {
            edits.add(TextEdits.replace(document, bindings.get(0).getOffset(), bindings.get(bindings.size() - 1).getEndOffset(), "vswitch"));
        } else {
            ILeafNode brace = openingBrace(nic);
            if (brace == null) {
                edits.add(TextEdits.addInline(document, nic, "bind vswitch"));
            } else {
                edits.add(TextEdits.replace(document, brace.getOffset(), brace.getEndOffset(), "{ bind vswitch"));
            }
        }
        edits.addAll(SettingsMove.of(nic, document));
        return edits;
    }

    private static ILeafNode openingBrace(PhysicalNic nic) {
        for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(nic).getLeafNodes()) {
            if (leaf.getGrammarElement() instanceof Keyword keyword && "{".equals(keyword.getValue())) {
                return leaf;
            }
        }
        return null;
    }
}
