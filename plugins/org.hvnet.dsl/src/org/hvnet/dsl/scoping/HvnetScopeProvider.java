// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.hvnet.model.AddressExpectation;
import org.hvnet.model.Endpoint;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NamedElement;
import org.hvnet.model.VirtualSwitch;

/**
 * Scoping of the .hvnet language: {@code on SWITCH} among the VM's host's switches; {@code using} and
 * {@code external on} among the host's NICs; {@code dhcp-server on NIC} among the VM's NICs; {@code cable}
 * among networks; expectation owners among hosts and VMs, across every loaded file; and {@code dhcp from} among
 * networks and VMs across every loaded file, then the switches of the interface's host. The scopes within one host or
 * VM are listed in {@link LocalScopes}.
 */
public class HvnetScopeProvider extends AbstractHvnetScopeProvider {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        Class<? extends NamedElement> local = LocalScopes.containerType(reference);
        if (local != null) {
            NamedElement container = EcoreUtil2.getContainerOfType(context, local);
            return container == null ? IScope.NULLSCOPE : byName(LocalScopes.elements(container, reference));
        }
        if (reference == MODEL.getEndpoint_Owner()) {
            return ofTypes(super.getScope(context, reference), MODEL.getHost(), MODEL.getVirtualMachine());
        }
        if (reference == MODEL.getAddressExpectation_Server()) {
            // networks and VMs by their global names, then the switches of the interface's host: a lease of Virtual
            // Server's dhcp-service (S-5) or of the Default Switch names the switch
            IScope switches = context instanceof AddressExpectation expectation ? byName(switchesOfTarget(expectation)) : IScope.NULLSCOPE;
            return new FirstFoundScope(ofTypes(super.getScope(context, reference), MODEL.getNetwork(), MODEL.getVirtualMachine()), switches);
        }
        return super.getScope(context, reference);
    }

    /** The switches of the host of the expectation's interface (the host itself, or the VM's host). */
    private static List<VirtualSwitch> switchesOfTarget(AddressExpectation expectation) {
        Endpoint target = expectation.getTarget();
        EObject owner = target == null ? null : target.getOwner();
        Host host = owner == null || owner.eIsProxy() ? null : EcoreUtil2.getContainerOfType(owner, Host.class);
        return host == null ? List.of() : host.getSwitches();
    }

    private static IScope byName(List<? extends NamedElement> elements) {
        return Scopes.scopeFor(elements, e -> e.getName() == null ? null : QualifiedName.create(e.getName()), IScope.NULLSCOPE);
    }

    private static IScope ofTypes(IScope scope, EClass... types) {
        return new FilteringScope(scope, description -> {
            for (EClass type : types) {
                if (type.isSuperTypeOf(description.getEClass())) {
                    return true;
                }
            }
            return false;
        });
    }
}
