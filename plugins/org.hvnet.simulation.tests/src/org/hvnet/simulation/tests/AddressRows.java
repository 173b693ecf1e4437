// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;

/** The row of one interface in a simulation's address table. */
public final class AddressRows {

    private AddressRows() {
    }

    /** The row of {@code OWNER.IFACE}; a missing one fails the test. */
    public static InterfaceAddress row(Simulation simulation, String label) {
        return simulation.addressTable().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no interface " + label + " in " + simulation.addressTable()));
    }
}
