package org.hvnet.interop.export.inventory;

import java.util.HashMap;
import java.util.Map;

import org.hvnet.model.Host;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;

/** The simulated address of each interface of a host and of its VMs' NICs, by owner and interface name. */
final class ModelAddresses {

    private final Map<String, InterfaceAddress> byLabel = new HashMap<>();

    ModelAddresses(Simulation simulation, Host host) {
        for (InterfaceAddress row : simulation.addressTable()) {
            byLabel.putIfAbsent(row.owner() + "\u0000" + row.iface(), row);
        }
    }

    /** The address row of {@code owner.iface}, or null. */
    InterfaceAddress of(String owner, String iface) {
        return byLabel.get(owner + "\u0000" + iface);
    }
}
