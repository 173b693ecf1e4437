// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import org.hvnet.interop.hostimport.map.ObservedAddress.Origin;
import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Interface;
import org.hvnet.model.NamedElement;
import org.hvnet.model.Network;
import org.hvnet.model.StaticIpv4Config;

/**
 * An interface's IPv4 setting from the address it had, and the expectation of that address: a static address is
 * {@code ipv4 static} and expected as itself, a lease is {@code ipv4 dhcp} expected {@code dhcp from} its network,
 * an APIPA address is {@code ipv4 dhcp} expected {@code apipa}.
 */
final class IpConfigs {

    private IpConfigs() {
    }

    /**
     * Sets the IPv4 setting of {@code iface} (owned by {@code owner}) and records the expectation; an APIPA address
     * is expected only of an interface {@code connected} to a switch or network (one cabled nowhere gets none, A-5).
     */
    static void apply(ObservedAddress observed, Interface iface, NamedElement owner, Network leasedFrom, boolean connected,
            AddressExpectations expectations) {
        if (observed == null) {
            return;
        }
        if (observed.origin() == Origin.STATIC && observed.address() != null) {
            StaticIpv4Config config = HvnetFactory.eINSTANCE.createStaticIpv4Config();
            config.setAddress(observed.address());
            config.setGateway(observed.gateway());
            config.getDns().addAll(observed.dns());
            iface.setIpv4(config);
            expectations.address(owner, iface.getName(), observed.address().address());
            return;
        }
        if (observed.origin() == Origin.APIPA && !connected) {
            return; // DHCP, the default, on a network the import does not know: nothing to write or expect
        }
        DhcpIpv4Config config = HvnetFactory.eINSTANCE.createDhcpIpv4Config();
        iface.setIpv4(config);
        if (observed.origin() == Origin.APIPA) {
            expectations.apipa(owner, iface.getName());
        } else if (observed.address() != null && leasedFrom != null && !leasedFrom.getDhcpServers().isEmpty()) {
            expectations.dhcpFrom(owner, iface.getName(), leasedFrom);
        }
    }
}
