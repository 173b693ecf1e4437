// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;

/**
 * One row of Win32_NetworkAdapterConfiguration: the WMI view of a NIC's TCP/IP settings that every Windows since
 * 2000 has (on Windows Server 2008 R2 the only one), and the only one that names the DHCP server of a lease.
 *
 * @param index the WMI index, or null
 * @param interfaceIndex the interface index, or null
 * @param description the adapter's description
 * @param settingId the interface GUID ({@code {…}}), or null
 * @param macAddress the MAC, or null
 * @param ipEnabled true when TCP/IP is bound and enabled
 * @param dhcpEnabled true when the adapter uses DHCP
 * @param dhcpServer the server of the current lease, or null (Windows writes 255.255.255.255 when there is none)
 * @param addresses the IPv4 addresses with their prefix lengths (from {@code IPAddress} and {@code IPSubnet})
 * @param gateways the IPv4 default gateways
 * @param dnsServers the IPv4 DNS servers
 */
public record AdapterConfiguration(Integer index, Integer interfaceIndex, String description, String settingId,
        MacAddress macAddress, boolean ipEnabled, boolean dhcpEnabled, Ipv4Address dhcpServer,
        List<Ipv4Cidr> addresses, List<Ipv4Address> gateways, List<Ipv4Address> dnsServers) {

    /** Copies the lists. */
    public AdapterConfiguration {
        addresses = List.copyOf(addresses);
        gateways = List.copyOf(gateways);
        dnsServers = List.copyOf(dnsServers);
    }
}
