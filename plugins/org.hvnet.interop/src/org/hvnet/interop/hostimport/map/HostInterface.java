// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.List;

import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.model.Binding;
import org.hvnet.model.values.MacAddress;

/**
 * A physical NIC or a host vNIC of a host being imported: its connection name, what identifies it in the other
 * cmdlets' rows, its protocol bindings and the address it had.
 *
 * @param name the connection name (Network Connections), which the model keeps
 * @param mac the MAC, or null
 * @param description the driver's description (an external switch names its NICs by it), or null
 * @param interfaceIndex the interface index, or null
 * @param hyperV the Hyper-V adapter of a host vNIC; null for a physical NIC
 * @param bindings the bound protocols the model knows, or null when the inventory does not say
 * @param observed the address it had, or null when it had none
 */
record HostInterface(String name, MacAddress mac, String description, Integer interfaceIndex, VmNetworkAdapter hyperV,
        List<Binding> bindings, ObservedAddress observed) {

    /** True for a host vNIC. */
    boolean isHostVnic() {
        return hyperV != null;
    }

    /** This interface under another name (the model's names are unique, Windows's connection names need not be). */
    HostInterface withName(String newName) {
        return new HostInterface(newName, mac, description, interfaceIndex, hyperV, bindings, observed);
    }

    /** This interface with the address it had. */
    HostInterface withObserved(ObservedAddress address) {
        return new HostInterface(name, mac, description, interfaceIndex, hyperV, bindings, address);
    }
}
