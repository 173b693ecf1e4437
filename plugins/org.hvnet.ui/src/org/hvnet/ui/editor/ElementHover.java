package org.hvnet.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmNic;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.ui.HvnetUiPlugin;

/**
 * What the element under the mouse is: its kind and name, and for a host, a VM or an interface the simulated
 * address of each of its interfaces (rules ). Hovers are computed off the UI thread; the address table
 * is computed once per reconcile.
 */
final class ElementHover {

    private static final Map<ReconcileResult, List<InterfaceAddress>> ADDRESSES = new WeakHashMap<>();

    private ElementHover() {
    }

    static List<String> describe(HvnetEditor editor, int offset) {
        List<String> lines = new ArrayList<>();
        ReconcileResult latest = editor.latestReconcile();
        if (latest == null) {
            return lines;
        }
        XtextResource resource = latest.parsed().resource();
        EObjectAtOffsetHelper helper = editor.language().get(EObjectAtOffsetHelper.class);
        EObject element = helper.resolveElementAt(resource, offset);
        if (!(element instanceof NamedElement named) || named.getName() == null) {
            return lines;
        }
        lines.add(element.eClass().getName() + " " + named.getName());
        String owner = null;
        String iface = null;
        if (element instanceof Host || element instanceof VirtualMachine) {
            owner = named.getName();
        } else if (element instanceof VmNic || element instanceof PhysicalNic || element instanceof HostVirtualNic) {
            EObject container = element.eContainer();
            while (container != null && !(container instanceof Host) && !(container instanceof VirtualMachine)) {
                container = container.eContainer();
            }
            owner = container instanceof NamedElement n ? n.getName() : null;
            iface = named.getName();
        }
        if (owner != null) {
            for (InterfaceAddress row : addresses(latest)) {
                if (row.owner().equals(owner) && (iface == null || iface.equals(row.iface()))) {
                    lines.add("    " + row.label() + "  " + (row.address() == null ? "no address" : row.address()) + "  ("
                            + (row.source() == null ? "" : row.source().label())
                            + (row.server() == null ? "" : " from " + row.server()) + ")");
                }
            }
        }
        return lines;
    }

    private static List<InterfaceAddress> addresses(ReconcileResult result) {
        synchronized (ADDRESSES) {
            List<InterfaceAddress> cached = ADDRESSES.get(result);
            if (cached != null) {
                return cached;
            }
        }
        List<Topology> topologies = new ArrayList<>();
        for (Resource resource : result.parsed().resource().getResourceSet().getResources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology topology) {
                topologies.add(topology);
            }
        }
        List<InterfaceAddress> rows;
        try {
            rows = topologies.isEmpty() ? List.of() : Simulation.of(topologies).addressTable();
        } catch (RuntimeException e) {
            HvnetUiPlugin.warn("hovers show no addresses: the simulation cannot take the model as it is typed", e);
            rows = List.of();
        }
        synchronized (ADDRESSES) {
            ADDRESSES.put(result, rows);
        }
        return rows;
    }
}
