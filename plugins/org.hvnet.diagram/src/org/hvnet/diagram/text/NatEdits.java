// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.NetNat;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Cidr;

/** Model edits of the diagram's NAT tool: a NetNat (rule X-1) on the subnet of the host's NAT gateway. */
public final class NatEdits {

    private NatEdits() {
    }

    /**
     * Adds a NetNat {@code NatN} to {@code host} whose prefix is the subnet of the first static host vNIC of an
     * internal switch that no NetNat of the host covers yet (what rule V-12 asks of a NetNat).
     *
     * @throws IllegalArgumentException when the host has no such host vNIC, with what to add first
     */
    public static NetNat addNetNat(Host host) {
        for (VirtualSwitch virtualSwitch : host.getSwitches()) {
            if (virtualSwitch.isSetKind() && virtualSwitch.getKind() != SwitchKind.INTERNAL) {
                continue;
            }
            for (HostVirtualNic vnic : virtualSwitch.getHostVnics()) {
                if (vnic.getIpv4() instanceof StaticIpv4Config config && config.getAddress() != null && !covered(host, config.getAddress())) {
                    NetNat nat = HvnetFactory.eINSTANCE.createNetNat();
                    nat.setName(TopologyEdits.freeName("Nat", host.getNetNats()));
                    nat.setInternalPrefix(config.getAddress().subnet());
                    host.getNetNats().add(nat);
                    return nat;
                }
            }
        }
        throw new IllegalArgumentException("host " + host.getName() + " has no internal switch with a static host vNIC that a NAT could serve"
                + " (rule V-12): add an internal switch and give its host vNIC a static address first");
    }

    private static boolean covered(Host host, Ipv4Cidr address) {
        return host.getNetNats().stream().anyMatch(n -> n.getInternalPrefix() != null && n.getInternalPrefix().contains(address.address()));
    }
}
