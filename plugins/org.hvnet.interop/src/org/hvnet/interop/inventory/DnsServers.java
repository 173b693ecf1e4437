// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;

import org.hvnet.model.values.Ipv4Address;

/**
 * The IPv4 row of Get-DnsClientServerAddress for one interface.
 *
 * @param interfaceAlias the connection name, or null
 * @param interfaceIndex the interface index, or null
 * @param servers the DNS servers in the order Windows asks them
 */
public record DnsServers(String interfaceAlias, Integer interfaceIndex, List<Ipv4Address> servers) {

    /** Copies the list of servers. */
    public DnsServers {
        servers = List.copyOf(servers);
    }
}
