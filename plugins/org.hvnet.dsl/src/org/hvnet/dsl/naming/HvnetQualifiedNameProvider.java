// SPDX-License-Identifier: EPL-2.0
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
import org.hvnet.model.util.HvnetSwitch;

/**
 * Names in the index: networks, hosts and VMs are global identifiers (their simple name, across all loaded
 * files); switches, NetNats and interfaces are qualified by their host or VM ({@code HV01.Lab}, {@code Web01.eth0}).
 */
public class HvnetQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Override
    public QualifiedName getFullyQualifiedName(EObject element) {
        return element == null ? null : NAMES.doSwitch(element);
    }

    /** Global names for networks, hosts and VMs; names under the owner for switches, NetNats and interfaces; none otherwise. */
    private static final HvnetSwitch<QualifiedName> NAMES = new HvnetSwitch<>() {
        @Override
        public QualifiedName caseNetwork(Network network) {
            return global(network);
        }

        @Override
        public QualifiedName caseHost(Host host) {
            return global(host);
        }

        @Override
        public QualifiedName caseVirtualMachine(VirtualMachine vm) {
            return global(vm);
        }

        @Override
        public QualifiedName caseVirtualSwitch(VirtualSwitch vswitch) {
            return owned(vswitch);
        }

        @Override
        public QualifiedName caseNetNat(NetNat netNat) {
            return owned(netNat);
        }

        @Override
        public QualifiedName caseInterface(Interface iface) {
            return owned(iface);
        }
    };

    private static QualifiedName global(NamedElement named) {
        return named.getName() == null ? null : QualifiedName.create(named.getName());
    }

    private static QualifiedName owned(NamedElement named) {
        NamedElement owner = owner(named);
        return named.getName() == null || owner == null || owner.getName() == null ? null
                : QualifiedName.create(owner.getName(), named.getName());
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
