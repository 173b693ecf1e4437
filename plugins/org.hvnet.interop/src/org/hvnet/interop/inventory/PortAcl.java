// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * One port ACL of a NIC (rule X-7): a row of Get-VMNetworkAdapterAcl, or an entry of the {@code AclList} nested in
 * Get-VMNetworkAdapter when the inventory has no rows for the NIC.
 *
 * @param action allow, deny or meter
 * @param direction inbound, outbound or both (Windows reports a "both" rule as one inbound and one outbound row;
 *        the reader joins them)
 * @param remoteAddress the remote address as Windows wrote it: an IPv4 or IPv6 address or prefix, a MAC, or a
 *        wildcard such as {@code ANY}; null when the rule names none
 * @param localAddress the local address as Windows wrote it, or null
 */
public record PortAcl(AclAction action, AclDirection direction, String remoteAddress, String localAddress) {

    /**
     * The remote address as an IPv4 prefix: a host address is a /32, {@code ANY} and {@code 0.0.0.0/0} are
     * {@code 0.0.0.0/0}; null for a MAC, an IPv6 address or no address.
     */
    public Ipv4Cidr remoteIpv4() {
        if (remoteAddress == null) {
            return null;
        }
        if (remoteAddress.equalsIgnoreCase("ANY")) {
            return Ipv4Cidr.valueOf("0.0.0.0/0");
        }
        try {
            return remoteAddress.contains("/") ? Ipv4Cidr.valueOf(remoteAddress)
                    : new Ipv4Cidr(Ipv4Address.valueOf(remoteAddress), 32);
        } catch (IllegalArgumentException notIpv4) {
            return null;
        }
    }
}
