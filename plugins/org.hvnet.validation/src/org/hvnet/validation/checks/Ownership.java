// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.Host;
import org.hvnet.model.VirtualMachine;

/** Who owns a model element: the host it lies in, the VM it belongs to. */
public final class Ownership {

    private Ownership() {
    }

    /** The host containing {@code element} (the element itself if it is one), or null. */
    public static Host host(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Host host) {
                return host;
            }
        }
        return null;
    }

    /** The VM containing {@code element}, or null. */
    public static VirtualMachine vm(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof VirtualMachine vm) {
                return vm;
            }
        }
        return null;
    }
}
