// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NamedElement;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VmNic;
import org.hvnet.model.util.HvnetSwitch;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * Address labels from the simulation (rules ): every interface's IPv4 address and where it came from,
 * e.g. {@code 10.0.0.100/24 dhcp}, {@code 169.254.12.7/16 apipa}, {@code no IPv4}.
 */
public final class SimulatedAddresses implements AddressLabels {

    private final Map<String, String> texts = new HashMap<>();

    private SimulatedAddresses(List<InterfaceAddress> table) {
        for (InterfaceAddress row : table) {
            String source = row.source() == null ? "" : row.source().label();
            texts.put(row.owner() + "." + row.iface(), row.address() == null ? "no IPv4" : row.address() + " " + source);
        }
    }

    /** The addresses of {@code topology} as the simulation computes them; none when it cannot simulate the model. */
    public static AddressLabels of(Topology topology) {
        return of(List.of(topology));
    }

    /** The addresses of the model of {@code topologies} as the simulation computes them; none when it cannot simulate it. */
    public static AddressLabels of(List<Topology> topologies) {
        try {
            return new SimulatedAddresses(Simulation.of(topologies).addressTable());
        } catch (RuntimeException e) {
            Logger.getLogger(SimulatedAddresses.class.getName()).warning("no simulated addresses in the diagram of "
                    + topologies.stream().map(Topology::getName).toList() + ": " + e);
            return NONE;
        }
    }

    @Override
    public Optional<String> of(EObject iface) {
        return Optional.ofNullable(texts.get(label(iface)));
    }

    /** The simulation's label of the interface {@code iface}: {@code OWNER.IFACE}, the host or VM it belongs to first. */
    static String label(EObject iface) {
        EObject owner = OWNER.doSwitch(iface);
        return (owner instanceof NamedElement named ? named.getName() : "") + "." + ((NamedElement) iface).getName();
    }

    /** The host or VM that an interface belongs to (EMF's generated switch over the metamodel); null for others. */
    private static final HvnetSwitch<EObject> OWNER = new HvnetSwitch<>() {
        @Override
        public EObject caseHostVirtualNic(HostVirtualNic vnic) {
            return vnic.eContainer() == null ? null : vnic.eContainer().eContainer();
        }

        @Override
        public EObject casePhysicalNic(PhysicalNic nic) {
            return nic.eContainer();
        }

        @Override
        public EObject caseVmNic(VmNic nic) {
            return nic.eContainer();
        }
    };
}
