// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * The addresses of a Default Switch (rule X-2): its subnet (pinned with {@code subnet}, else 172.17.16.0/20, a /20 in
 * 172.16.0.0/12 as Windows picks at boot), the host vNIC's first address, which is the gateway, DNS server and DHCP
 * server of the leases, and the leases from the second address to the last before the broadcast address.
 */
record DefaultSwitchPlan(int network, int prefix) {

    /** The subnet the simulator uses when the model does not pin one. */
    static final Ipv4Cidr DEFAULT_SUBNET = Ipv4Cidr.valueOf("172.17.16.0/20");

    static DefaultSwitchPlan of(VirtualSwitch vswitch) {
        Ipv4Cidr subnet = vswitch.getSubnet() != null ? vswitch.getSubnet() : DEFAULT_SUBNET;
        return new DefaultSwitchPlan(subnet.network().bits(), subnet.prefix());
    }

    /** The host vNIC's address: the first of the subnet. */
    int gateway() {
        return network + 1;
    }

    /** The first address leased: the second of the subnet. */
    int firstLease() {
        return network + 2;
    }

    /** The last address leased: the one before the broadcast address. */
    int lastLease() {
        int size = prefix >= 31 ? 2 : 1 << (32 - prefix);
        return network + size - 2;
    }
}
