// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.order;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;

/**
 * The order in which elements are written in the files (rules ): files in the order given (a directory's
 * files by name), then the position of the element's text in its file. An element that the rules create takes the
 * position of the line that creates it: the host vNIC of a switch written in the file (S-4, I-2 on a written
 * external switch) that of its switch, the switch and host vNIC of a planned install that of the {@code install}
 * line. A model that was not read from text (XMI, built in memory) has no positions: its elements tie, and callers
 * keep them in model order (a stable sort).
 */
public final class WrittenOrder {

    private final Map<EObject, Integer> files = new IdentityHashMap<>();
    private final Map<EObject, EObject> originals;
    /** The index of each written host among all hosts, files in order, hosts as written. */
    private final Map<Host, Integer> hosts = new IdentityHashMap<>();
    /** The order of each written host's interfaces, made on first use (EMF objects hash by identity). */
    private final Map<Host, HostInterfaceOrder> hostOrders = new ConcurrentHashMap<>();

    /**
     * The order of {@code written} (in file order) and of simulated copies of it; {@code originals} maps a copy to the
     * written element it was made from (elements the rules created have none).
     */
    public WrittenOrder(List<Topology> written, Map<EObject, EObject> originals) {
        for (int i = 0; i < written.size(); i++) {
            files.put(written.get(i), i);
            for (Host host : written.get(i).getHosts()) {
                hosts.put(host, hosts.size());
            }
        }
        this.originals = originals;
    }

    /**
     * The sort key of a written element or of a simulated one: the file's index in the high bits, the offset of the
     * element's text in the low bits (0 when the model has no text). Smaller keys are written first.
     */
    public long keyOf(EObject element) {
        EObject written = writtenCounterpart(element);
        if (written == null) {
            return Long.MAX_VALUE;
        }
        Integer file = files.get(EcoreUtil.getRootContainer(written));
        return ((long) (file == null ? files.size() : file) << 32) | (offset(written) + 1L);
    }

    /**
     * The order of the interfaces of a host, simulated or written (see {@link HostInterfaceOrder}): the quick way to
     * order many interfaces, whose keys compare with each other only.
     */
    public HostInterfaceOrder interfacesOf(Host host) {
        Host written = originals.get(host) instanceof Host original ? original : host;
        Integer index = hosts.get(written);
        if (index == null) {
            return HostInterfaceOrder.of(hosts.size(), null);
        }
        return hostOrders.computeIfAbsent(written, w -> HostInterfaceOrder.of(index, w)); // read once for the MACs and the leases
    }

    /** The written element whose position {@code element} takes: itself, its original, or the line that created it. */
    private EObject writtenCounterpart(EObject element) {
        EObject original = originals.get(element);
        if (original != null) {
            return original; // a copy, which lives in a simulated topology, never in a written one: asked first
        }
        if (files.containsKey(EcoreUtil.getRootContainer(element))) {
            return element;
        }
        if (element instanceof HostVirtualNic vnic && vnic.eContainer() instanceof VirtualSwitch vswitch
                && originals.get(vswitch) != null) {
            return originals.get(vswitch); // S-4, or I-2 on a switch written in the file: the switch's line
        }
        Host host = hostOf(element);
        EObject writtenHost = host == null ? null : originals.get(host);
        if (writtenHost instanceof Host planned && planned.getInstall() != null) {
            return planned.getInstall(); // I-2: the switch and host vNIC of the planned install
        }
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (originals.get(container) != null) {
                return originals.get(container);
            }
        }
        return null;
    }

    private static Host hostOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Host host) {
                return host;
            }
        }
        return null;
    }

    /** The offset of the element's text, or of its nearest container that has text; -1 without text. */
    private static int offset(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            ICompositeNode node = NodeModelUtils.getNode(current);
            if (node != null) {
                return node.getTotalOffset();
            }
        }
        return -1;
    }
}
