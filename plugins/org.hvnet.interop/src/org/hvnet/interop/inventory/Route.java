// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.Set;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * One IPv4 route of Get-NetRoute; rows Windows reports once per store are joined into one.
 *
 * @param interfaceAlias the connection name, or null
 * @param interfaceIndex the interface index, or null
 * @param destination the destination prefix ({@code 0.0.0.0/0} for a default route)
 * @param nextHop the gateway ({@code 0.0.0.0} for an on-link route)
 * @param metric the route metric, or null
 * @param stores the stores that reported the route (empty when the rows did not say)
 */
public record Route(String interfaceAlias, Integer interfaceIndex, Ipv4Cidr destination, Ipv4Address nextHop,
        Integer metric, Set<AddressStore> stores) {

    /** Copies the set of stores. */
    public Route {
        stores = Set.copyOf(stores);
    }

    /** True for a default route ({@code 0.0.0.0/0}). */
    public boolean isDefault() {
        return destination.prefix() == 0;
    }
}
