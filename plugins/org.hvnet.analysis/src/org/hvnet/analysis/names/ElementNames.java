package org.hvnet.analysis.names;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Topology;

/** The name by which diagnostics and reports refer to a model element: {@code HV01.External}, {@code Web01.eth0}. */
public final class ElementNames {

    private ElementNames() {
    }

    /** Dot-joined names of the element and its named containers, without the topology; never null. */
    public static String qualifiedName(EObject element) {
        Deque<String> names = new ArrayDeque<>();
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof NamedElement named && !(current instanceof Topology) && named.getName() != null) {
                if (current instanceof org.hvnet.model.VirtualSwitch && element instanceof org.hvnet.model.HostVirtualNic) {
                    continue;
                }
                names.push(named.getName());
            }
        }
        if (names.isEmpty()) {
            EObject root = element == null ? null : org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(element);
            return root instanceof Topology topology && topology.getName() != null ? topology.getName() : "";
        }
        return String.join(".", names);
    }
}
