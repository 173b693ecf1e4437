// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.List;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * The IPv4 address an interface of a host had when the inventory was taken, and how it got it.
 *
 * @param address the address with its prefix; null when DHCP gave none yet
 * @param origin static (Manual), a DHCP lease, or APIPA (WellKnown, 169.254/16)
 * @param gateway the default gateway (the next hop of the interface's default route), or null
 * @param dns the DNS servers in order
 * @param dhcpServer the DHCP server of a lease, or null
 */
record ObservedAddress(Ipv4Cidr address, Origin origin, Ipv4Address gateway, List<Ipv4Address> dns, Ipv4Address dhcpServer) {

    /** Where an address came from. */
    enum Origin {
        /** Written by hand (PrefixOrigin Manual). */
        STATIC,
        /** Leased (PrefixOrigin Dhcp), or DHCP on without a lease. */
        DHCP,
        /** Configured by the host itself (PrefixOrigin WellKnown, 169.254/16). */
        APIPA
    }

    ObservedAddress {
        dns = List.copyOf(dns);
    }

    /** True when the address places the interface on a physical network (a static address or a lease). */
    boolean placesOnNetwork() {
        return address != null && origin != Origin.APIPA;
    }
}
