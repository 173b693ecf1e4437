// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.NameText;

/**
 * The name by which diagnostics, messages and reports refer to a model element: the names of the element and its
 * named containers, owner first, without the topology; a host vNIC is named by its host ({@code HV01.Mgmt}), not by
 * its switch. Plain for the command's {@code element} field ({@code HV01.Local Area Connection}), or as .hvnet writes
 * the names for messages ({@code HV01."Local Area Connection"}).
 */
public final class ElementNames {

    private ElementNames() {
    }

    /** The names of the element and its named containers, owner first; a name not written yet is null. */
    public static List<String> path(EObject element) {
        List<String> names = new ArrayList<>();
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof NamedElement named && !(current instanceof Topology)
                    && !(current instanceof VirtualSwitch && element instanceof HostVirtualNic)) {
                names.add(named.getName());
            }
        }
        Collections.reverse(names);
        return names;
    }

    /** Dot-joined plain names, unwritten names left out; the topology's name (or "") when there is none. */
    public static String qualifiedName(EObject element) {
        List<String> names = new ArrayList<>(path(element));
        names.removeIf(name -> name == null);
        if (names.isEmpty()) {
            EObject root = element == null ? null : EcoreUtil.getRootContainer(element);
            return root instanceof Topology topology && topology.getName() != null ? topology.getName() : "";
        }
        return String.join(".", names);
    }

    /** Dot-joined names as .hvnet writes them ({@link NameText}), {@code ?} for an unwritten one; {@code ?} when none. */
    public static String asWritten(EObject element) {
        List<String> names = path(element).stream().map(written()).toList();
        return names.isEmpty() ? "?" : String.join(".", names);
    }

    /** One name as .hvnet writes it, {@code ?} when it is not written yet. */
    public static String asWritten(String name) {
        return written().apply(name);
    }

    private static Function<String, String> written() {
        return name -> name == null ? "?" : NameText.asWritten(name);
    }
}
