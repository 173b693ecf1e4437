// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.formatting2;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.internal.RootDocument;
import org.eclipse.xtext.formatting2.internal.TextSegmentSet;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.hvnet.model.Expectation;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;

/**
 * The canonical layout of a .hvnet file: one statement a line, four-space indentation inside braces, one
 * space between tokens, one blank line between top-level blocks, blank lines between statements kept (at most
 * one). Short bodies stay on the line of their owner: an interface body without {@code bind} and {@code acl} lines
 * ({@code { ipv4 dhcp }}), and a VM with a single such NIC and nothing else. A NetNat's static mappings are one a
 * line; a VLAN setting and port guards stay on their NIC's line.
 */
@SuppressWarnings("restriction")
public class HvnetFormatter extends AbstractJavaFormatter {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    /** One level of indentation: four spaces, unless the request (an editor) asks for something else. */
    public static final String INDENTATION = "    ";

    /** A line with nothing but blanks; a {@code //} comment ends with its own line break. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

    @Override
    protected void initialize(FormatterRequest request) {
        if ("\t".equals(request.getPreferences().getPreference(FormatterPreferenceKeys.indentation))) {
            request.setPreferences(new MapBasedPreferenceValues(request.getPreferences(),
                    Map.of(FormatterPreferenceKeys.indentation.getId(), INDENTATION)));
        }
        super.initialize(request);
    }

    /** The whole document's replacers are looked up from the previous look-up ({@link OrderedReplacerSet}). */
    @Override
    public IFormattableDocument createFormattableRootDocument() {
        return new RootDocument(this) {
            @Override
            protected TextSegmentSet<ITextReplacer> createTextReplacerSet() {
                return new OrderedReplacerSet(getRequest().isEnableDebugTracing());
            }
        };
    }

    @Override
    public ITextReplacer createCommentReplacer(IComment comment) {
        if (comment.getText().startsWith("//")) {
            return new LineCommentReplacer(comment);
        }
        if (comment.getText().startsWith("/*")) {
            return new BlockCommentReplacer(comment);
        }
        return super.createCommentReplacer(comment);
    }

    protected void format(Topology topology, IFormattableDocument doc) {
        for (ISemanticRegion token : getTextRegionAccess().regionForRootEObject().getAllSemanticRegions()) {
            doc.prepend(token, f -> {
                f.oneSpace();
                f.lowPriority();
            });
            layoutPunctuation(token, doc);
        }
        ISemanticRegion first = regionFor(topology).keyword("topology");
        if (first != null) {
            doc.prepend(first, f -> f.noSpace());
        }
        ISemanticRegion last = getTextRegionAccess().regionForRootEObject().getNextHiddenRegion().getPreviousSemanticRegion();
        if (last != null) {
            doc.append(last, f -> f.setNewLines(1));
        }
        for (Network network : topology.getNetworks()) {
            doc.prepend(network, f -> f.setNewLines(2));
            block(network, false, doc);
            statements(doc, regionFor(network).keyword("vlan"), regionFor(network).keyword("subnet"));
            statements(doc, network.getRouters(), network.getDhcpServers());
        }
        for (Host host : topology.getHosts()) {
            doc.prepend(host, f -> f.setNewLines(2));
            format(host, doc);
        }
        boolean firstExpectation = true;
        for (Expectation expectation : topology.getExpectations()) {
            int min = firstExpectation ? 2 : 1;
            doc.prepend(expectation, f -> f.setNewLines(min, min, 2));
            firstExpectation = false;
        }
    }

    protected void format(Host host, IFormattableDocument doc) {
        block(host, false, doc);
        statements(doc, regionFor(host).keywords("retired").toArray(ISemanticRegion[]::new));
        statements(doc, host.getNics(), host.getSwitches(), host.getVms(), host.getNetNats());
        statementsOf(doc, host, MODEL.getHost_Install(), MODEL.getHost_Rras(), MODEL.getHost_MacPool());
        for (NetNat netNat : host.getNetNats()) {
            block(netNat, false, doc);
            statements(doc, netNat.getStaticMappings());
        }
        host.getNics().forEach(nic -> format(nic, doc));
        for (VirtualSwitch vswitch : host.getSwitches()) {
            block(vswitch, false, doc);
            statements(doc, vswitch.getHostVnics());
            statementsOf(doc, vswitch, MODEL.getVirtualSwitch_DhcpService());
            vswitch.getHostVnics().forEach(vnic -> format(vnic, doc));
        }
        for (VirtualMachine vm : host.getVms()) {
            boolean inline = isInline(vm);
            block(vm, inline, doc);
            if (!inline) {
                statements(doc, vm.getNics(), vm.getDhcpServers());
                statements(doc, regionFor(vm).keyword("routing"));
            }
            vm.getNics().forEach(nic -> format(nic, doc));
        }
    }

    protected void format(Interface iface, IFormattableDocument doc) {
        boolean inline = isInline(iface);
        block(iface, inline, doc);
        if (!inline) {
            statements(doc, regionFor(iface).keyword("bind"));
            statementsOf(doc, iface, MODEL.getInterface_Ipv4());
            if (iface instanceof VirtualPort port) {
                statements(doc, port.getAcls());
            }
        }
    }

    /**
     * The value of each of {@code features} of {@code owner} starts a line; so does a second statement for one of them
     * that the parser refused (a second {@code install} line: in the text, not in the model).
     */
    private void statementsOf(IFormattableDocument doc, EObject owner, EStructuralFeature... features) {
        for (EStructuralFeature feature : features) {
            if (owner.eGet(feature) instanceof EObject value) {
                statements(doc, List.of(value));
            }
            for (INode node : NodeModelUtils.findNodesForFeature(owner, feature)) {
                ILeafNode first = firstToken(node);
                if (first != null && node.hasDirectSemanticElement() && node.getSemanticElement().eContainer() == null) {
                    statements(doc, tokenAt(owner, first.getOffset()));
                }
            }
        }
    }

    /** The token of {@code owner}'s text (its own or its children's) that starts at {@code offset}, or null. */
    private ISemanticRegion tokenAt(EObject owner, int offset) {
        for (ISemanticRegion token : getTextRegionAccess().regionForEObject(owner).getAllSemanticRegions()) {
            if (token.getOffset() == offset) {
                return token;
            }
        }
        return null;
    }

    private static ILeafNode firstToken(INode node) {
        for (ILeafNode leaf : node.getLeafNodes()) {
            if (!leaf.isHidden()) {
                return leaf;
            }
        }
        return null;
    }

    /** Braces of {@code owner}: on one line ({@code { x }} or {@code { }}), or indented lines and a closing line. */
    private void block(EObject owner, boolean inline, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(owner).keyword("{");
        ISemanticRegion close = regionFor(owner).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.prepend(open, f -> f.oneSpace());
        if (inline || open.getNextSemanticRegion() == close) {
            doc.append(open, f -> f.oneSpace());
            doc.prepend(close, f -> f.oneSpace());
        } else {
            doc.interior(open, close, f -> f.indent());
            doc.append(open, f -> {
                f.newLine();
                f.highPriority();
            });
            doc.prepend(close, f -> {
                f.newLine();
                f.highPriority();
            });
        }
    }

    /** Each element starts a line; one blank line before it is kept. */
    @SafeVarargs
    private void statements(IFormattableDocument doc, List<? extends EObject>... groups) {
        for (List<? extends EObject> group : groups) {
            for (EObject element : group) {
                statements(doc, getTextRegionAccess().regionForEObject(element).getPreviousHiddenRegion().getNextSemanticRegion());
            }
        }
    }

    /** Each keyword starts a line; one blank line before it is kept. */
    private void statements(IFormattableDocument doc, ISemanticRegion... keywords) {
        for (ISemanticRegion keyword : keywords) {
            if (keyword != null) {
                int newLines = hasBlankLine(keyword.getPreviousHiddenRegion()) ? 2 : 1;
                doc.prepend(keyword, f -> f.setNewLines(newLines));
            }
        }
    }

    /**
     * True when the whitespace and comments before a statement hold a blank line. Counted on the text, because a
     * trailing {@code //} comment takes the line break that ends its line.
     */
    private static boolean hasBlankLine(IHiddenRegion hidden) {
        return hidden != null && BLANK_LINE.matcher(hidden.getText()).find();
    }

    private void layoutPunctuation(ISemanticRegion token, IFormattableDocument doc) {
        switch (token.getText()) {
            case "," -> {
                doc.prepend(token, f -> f.noSpace());
                doc.append(token, f -> f.oneSpace());
            }
            case "." -> {
                doc.prepend(token, f -> f.noSpace());
                doc.append(token, f -> f.noSpace());
            }
            default -> {
            }
        }
    }

    /** True for an interface body short enough to stay on its owner's line: no {@code bind} line and no ACL. */
    private static boolean isInline(Interface iface) {
        return iface.getBindings().isEmpty() && !(iface instanceof VirtualPort port && !port.getAcls().isEmpty());
    }

    /** True for a VM with one inline NIC and nothing else, written {@code vm Web01 { nic eth0 on Lab { ipv4 dhcp } }}. */
    private static boolean isInline(VirtualMachine vm) {
        return vm.getNics().size() == 1 && vm.getDhcpServers().isEmpty() && !vm.isRouting() && isInline(vm.getNics().get(0));
    }
}
