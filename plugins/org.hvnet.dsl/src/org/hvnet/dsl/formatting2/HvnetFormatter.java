package org.hvnet.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.hvnet.model.DhcpScope;
import org.hvnet.model.Expectation;
import org.hvnet.model.Host;
import org.hvnet.model.Interface;
import org.hvnet.model.Ipv4Config;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Network;
import org.hvnet.model.PlannedInstall;
import org.hvnet.model.Rras;
import org.hvnet.model.Router;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;

/**
 * The canonical layout of a .hvnet file: one statement a line, four-space indentation inside braces, one
 * space between tokens, blank lines between top-level blocks kept (at most one). Short bodies stay on one
 * line: an interface body with only its {@code ipv4} line, and a VM with a single inline NIC.
 */
public class HvnetFormatter extends AbstractJavaFormatter {

    protected void format(Topology topology, IFormattableDocument doc) {
        IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
        for (ISemanticRegion token : root.getAllSemanticRegions()) {
            doc.prepend(token, f -> {
                f.oneSpace();
                f.lowPriority();
            });
        }
        for (ISemanticRegion token : root.getAllSemanticRegions()) {
            layoutToken(token, doc);
        }
        ISemanticRegion first = getTextRegionAccess().regionForRootEObject().getPreviousHiddenRegion().getNextSemanticRegion();
        ISemanticRegion last = getTextRegionAccess().regionForRootEObject().getNextHiddenRegion().getPreviousSemanticRegion();
        if (first != null) {
            doc.prepend(first, f -> f.noSpace());
        }
        if (last != null) {
            doc.append(last, f -> f.setNewLines(1));
        }
        for (EObject block : topology.getNetworks()) {
            doc.prepend(block, f -> f.setNewLines(1, 2, 2));
        }
        for (EObject block : topology.getHosts()) {
            doc.prepend(block, f -> f.setNewLines(1, 2, 2));
        }
        boolean firstExpectation = true;
        for (Expectation expectation : topology.getExpectations()) {
            int preferred = firstExpectation ? 2 : 1;
            doc.prepend(expectation, f -> f.setNewLines(1, preferred, 2));
            firstExpectation = false;
        }
        topology.eAllContents().forEachRemaining(element -> layoutElement(element, doc));
    }

    private void layoutToken(ISemanticRegion token, IFormattableDocument doc) {
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

    private void layoutElement(EObject element, IFormattableDocument doc) {
        boolean statement = element instanceof NamedElement || element instanceof Router || element instanceof DhcpScope
                || element instanceof PlannedInstall || element instanceof Rras;
        boolean inline = isInline(element.eContainer()) || element instanceof Expectation;
        if (statement && !inline && !(element instanceof Topology) && !(element instanceof Network) && !(element instanceof Host)) {
            doc.prepend(element, f -> f.setNewLines(1, 1, 2));
        }
        if (element instanceof Ipv4Config && !isInline(element.eContainer())) {
            doc.prepend(element, f -> f.newLine());
        }
        if (element instanceof Host host) {
            for (ISemanticRegion keyword : regionFor(host).keywords("retired")) {
                doc.prepend(keyword, f -> f.setNewLines(1, 1, 2));
            }
        }
        if (element instanceof Interface iface && !isInline(iface)) {
            ISemanticRegion bind = regionFor(iface).keyword("bind");
            if (bind != null) {
                doc.prepend(bind, f -> f.newLine());
            }
        }
        ISemanticRegion open = regionFor(element).keyword("{");
        ISemanticRegion close = regionFor(element).keyword("}");
        if (open != null && close != null) {
            doc.prepend(open, f -> f.oneSpace());
            if (isInline(element)) {
                doc.append(open, f -> f.oneSpace());
                doc.prepend(close, f -> f.oneSpace());
            } else {
                doc.interior(open, close, f -> f.indent());
                doc.append(open, f -> f.newLine());
                doc.prepend(close, f -> f.newLine());
            }
        }
    }

    /** True for a body short enough to stay on the line of its owner. */
    private static boolean isInline(EObject element) {
        if (element instanceof Interface iface) {
            return iface.getBindings().isEmpty();
        }
        if (element instanceof VirtualMachine vm) {
            return vm.getNics().size() == 1 && vm.getDhcpServers().isEmpty() && !vm.isRouting() && vm.getNics().get(0).getBindings().isEmpty();
        }
        return false;
    }
}
