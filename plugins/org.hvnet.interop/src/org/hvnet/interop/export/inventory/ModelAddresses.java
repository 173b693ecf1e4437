// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * The address each interface of the model would report: the simulation's, where the model writes the interface's
 * IPv4 setting or a physical network's DHCP server leases it one. An unwritten setting that ends in APIPA or nothing
 * reports nothing (as a VM that is off, or DHCP without a lease), so that importing the inventory gives the model back.
 */
final class ModelAddresses {

    private final Map<String, InterfaceAddress> byLabel = new HashMap<>();
    private final Set<String> networks = new HashSet<>();

    ModelAddresses(Simulation simulation) {
        for (InterfaceAddress row : simulation.addressTable()) {
            byLabel.putIfAbsent(row.owner() + "\u0000" + row.iface(), row);
        }
        for (Topology topology : simulation.model().topologies()) {
            topology.getNetworks().stream().map(Network::getName).forEach(networks::add);
        }
    }

    /** The address {@code owner.iface} reports, or null. */
    InterfaceAddress reported(String owner, Interface iface) {
        InterfaceAddress row = byLabel.get(owner + "\u0000" + iface.getName());
        if (row == null || row.address() == null) {
            return null;
        }
        return iface.getIpv4() != null || (row.source() == AddressSource.DHCP && networks.contains(row.server())) ? row : null;
    }
}
