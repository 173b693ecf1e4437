// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VlanTrunk;

/**
 * The VLAN texts of the diagram (rule X-3): a switch port's mode ({@code vlan 10}, {@code trunk 10,20 native 1}) and
 * what a cable carries ({@code vlan 10}, {@code trunk untagged,10,20}); none for an untagged port or a cable of one
 * untagged network.
 */
public final class VlanTexts {

    private VlanTexts() {
    }

    /** The VLAN text of a VM NIC or host vNIC, if it is an access or trunk port. */
    public static Optional<String> of(VirtualPort port) {
        VlanTrunk trunk = port.getTrunk();
        if (trunk != null) {
            String allowed = trunk.getAllowed().stream().map(String::valueOf).collect(Collectors.joining(","));
            return Optional.of("trunk " + allowed + (trunk.getNativeVlan() == null ? "" : " native " + trunk.getNativeVlan()));
        }
        return port.getVlan() == null ? Optional.empty() : Optional.of("vlan " + port.getVlan());
    }

    /** The VLAN text of the cable of {@code nic}: its one tagged network's VLAN, or every VLAN of a trunk. */
    public static Optional<String> ofCable(PhysicalNic nic) {
        List<Network> networks = nic.getCables();
        if (networks.size() == 1) {
            Integer vlan = networks.get(0).getVlan();
            return vlan == null ? Optional.empty() : Optional.of("vlan " + vlan);
        }
        if (networks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("trunk " + networks.stream().map(n -> n.getVlan() == null ? "untagged" : String.valueOf(n.getVlan()))
                .collect(Collectors.joining(",")));
    }
}
