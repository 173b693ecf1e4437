// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.Set;

import org.hvnet.model.values.Ipv4Cidr;

/**
 * One IPv4 address of Get-NetIPAddress; rows Windows reports once per store are joined into one.
 *
 * @param interfaceAlias the connection name, or null
 * @param interfaceIndex the interface index, or null
 * @param address the address with its prefix length
 * @param prefixOrigin Manual (static), Dhcp (a lease) or WellKnown (APIPA); null when Windows wrote a value the
 *        reader does not know
 * @param suffixOrigin where the host part came from, or null
 * @param addressState whether the address is in use, or null
 * @param stores the stores that reported the address (empty when the rows did not say)
 */
public record IpAddress(String interfaceAlias, Integer interfaceIndex, Ipv4Cidr address, PrefixOrigin prefixOrigin,
        SuffixOrigin suffixOrigin, AddressState addressState, Set<AddressStore> stores) {

    /** Copies the set of stores. */
    public IpAddress {
        stores = Set.copyOf(stores);
    }
}
