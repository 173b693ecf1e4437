package org.hvnet.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Interface;
import org.hvnet.model.NamedElement;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;

/**
 * Names in the index: networks, hosts and VMs are global identifiers (their simple name, across all loaded
 * files); switches, NetNats and interfaces are qualified by their host or VM ({@code HV01.Lab}, {@code Web01.eth0}).
 */
public class HvnetQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject element) {
        if (!(element instanceof NamedElement named) || named.getName() == null) {
            return null;
        }
        if (element instanceof Network || element instanceof Host || element instanceof VirtualMachine) {
            return QualifiedName.create(named.getName());
        }
        if (element instanceof VirtualSwitch || element instanceof NetNat || element instanceof Interface) {
            NamedElement owner = owner(element);
            return owner == null || owner.getName() == null ? null : QualifiedName.create(owner.getName(), named.getName());
        }
        return null;
    }

    /** The host or VM that owns a switch, NetNat or interface (a host vNIC belongs to the host, not its switch). */
    private static NamedElement owner(EObject element) {
        EObject container = element.eContainer();
        if (element instanceof HostVirtualNic && container != null) {
            container = container.eContainer();
        }
        return container instanceof Host || container instanceof VirtualMachine ? (NamedElement) container : null;
    }
}
