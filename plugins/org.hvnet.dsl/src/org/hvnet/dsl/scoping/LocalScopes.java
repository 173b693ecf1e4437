// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NamedElement;
import org.hvnet.model.VirtualMachine;

/**
 * The references of the language whose scope is the contents of the host or VM that holds them: {@code on SWITCH}
 * among the host's switches, {@code using} and {@code external on} among the host's NICs, {@code dhcp-server on NIC}
 * among the VM's NICs. The scope provider takes them from here, and the linker of a partial reparse knows from here
 * that such a reference can only find another element when its host or VM changed.
 */
public final class LocalScopes {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    private LocalScopes() {
    }

    /** The type of the host or VM whose elements are the scope of {@code reference}; null for a scope beyond one host or VM. */
    public static Class<? extends NamedElement> containerType(EReference reference) {
        if (reference == MODEL.getVmNic_Switch() || reference == MODEL.getVirtualSwitch_ExternalNics() || reference == MODEL.getPlannedInstall_Nics()) {
            return Host.class;
        }
        return reference == MODEL.getVmDhcpServer_Nic() ? VirtualMachine.class : null;
    }

    /** The elements in scope of {@code reference} (one {@link #containerType} has) in {@code container}. */
    static List<? extends NamedElement> elements(EObject container, EReference reference) {
        if (reference == MODEL.getVmNic_Switch()) {
            return ((Host) container).getSwitches();
        }
        return container instanceof Host host ? host.getNics() : ((VirtualMachine) container).getNics();
    }
}
