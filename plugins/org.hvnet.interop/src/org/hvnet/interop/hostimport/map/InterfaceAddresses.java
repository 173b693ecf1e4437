// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.List;
import java.util.Objects;

import org.hvnet.interop.hostimport.map.ObservedAddress.Origin;
import org.hvnet.interop.inventory.AdapterConfiguration;
import org.hvnet.interop.inventory.DnsServers;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.IpAddress;
import org.hvnet.interop.inventory.PrefixOrigin;
import org.hvnet.interop.inventory.Route;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * The address an interface had: Get-NetIPAddress's row (its origin says static, lease or APIPA), the next hop of its
 * default route, its DNS servers, and from Win32_NetworkAdapterConfiguration the DHCP server of a lease (and all of
 * it where the NetTCPIP cmdlets are missing, as on Windows Server 2008 R2).
 */
final class InterfaceAddresses {

    private InterfaceAddresses() {
    }

    /** What {@code iface} had, or null when it had no IPv4 address (the model's default, DHCP, is then left unwritten). */
    static ObservedAddress of(Inventory inventory, HostInterface iface, String host, ImportWarnings warnings) {
        AdapterConfiguration wmi = wmiRow(inventory, iface);
        List<IpAddress> rows = inventory.ipAddresses().stream().filter(row -> sameInterface(row.interfaceAlias(), row.interfaceIndex(), iface))
                .filter(row -> !row.address().address().toString().startsWith("127.")).toList();
        Ipv4Cidr address;
        Origin origin;
        if (!rows.isEmpty()) {
            IpAddress row = rows.stream().filter(r -> r.prefixOrigin() != PrefixOrigin.WELL_KNOWN).findFirst().orElse(rows.get(0));
            if (rows.size() > 1) {
                warnings.warn(inventory.source(), InventoryKey.GET_NET_IP_ADDRESS, host + "." + iface.name(), iface.name() + " has "
                        + rows.size() + " IPv4 addresses; the model keeps " + row.address() + " only");
            }
            address = row.address();
            origin = origin(row, wmi, inventory.source(), host + "." + iface.name(), warnings);
        } else if (wmi != null && !inventory.keys().contains(InventoryKey.GET_NET_IP_ADDRESS)) {
            address = wmi.addresses().isEmpty() ? null : wmi.addresses().get(0);
            origin = !wmi.dhcpEnabled() ? Origin.STATIC
                    : address != null && Ipv4Address.LINK_LOCAL.contains(address.address()) ? Origin.APIPA : Origin.DHCP;
            if (!wmi.ipEnabled() || address == null) {
                return null; // DHCP without a lease yet says no more than the model's default (ipv4 dhcp)
            }
        } else {
            return null;
        }
        return new ObservedAddress(address, origin, gateway(inventory, iface, wmi), dns(inventory, iface, wmi),
                origin == Origin.DHCP && wmi != null ? wmi.dhcpServer() : null);
    }

    private static Origin origin(IpAddress row, AdapterConfiguration wmi, String file, String item, ImportWarnings warnings) {
        if (row.prefixOrigin() == PrefixOrigin.MANUAL) {
            return Origin.STATIC;
        }
        if (row.prefixOrigin() == PrefixOrigin.DHCP) {
            return Origin.DHCP;
        }
        if (row.prefixOrigin() == PrefixOrigin.WELL_KNOWN || Ipv4Address.LINK_LOCAL.contains(row.address().address())) {
            return Origin.APIPA;
        }
        Origin guess = wmi != null && wmi.dhcpEnabled() ? Origin.DHCP : Origin.STATIC;
        warnings.warn(file, InventoryKey.GET_NET_IP_ADDRESS, item, "the origin of " + row.address() + " is "
                + (row.prefixOrigin() == null ? "unknown" : row.prefixOrigin().windowsName()) + ": it is taken as "
                + (guess == Origin.DHCP ? "a DHCP lease" : "a static address"));
        return guess;
    }

    private static Ipv4Address gateway(Inventory inventory, HostInterface iface, AdapterConfiguration wmi) {
        for (Route route : inventory.routes()) {
            if (route.isDefault() && sameInterface(route.interfaceAlias(), route.interfaceIndex(), iface)
                    && route.nextHop() != null && route.nextHop().bits() != 0) {
                return route.nextHop();
            }
        }
        if (!inventory.keys().contains(InventoryKey.GET_NET_ROUTE) && wmi != null && !wmi.gateways().isEmpty()) {
            return wmi.gateways().get(0);
        }
        return null;
    }

    private static List<Ipv4Address> dns(Inventory inventory, HostInterface iface, AdapterConfiguration wmi) {
        for (DnsServers row : inventory.dnsServers()) {
            if (sameInterface(row.interfaceAlias(), row.interfaceIndex(), iface)) {
                return row.servers();
            }
        }
        return !inventory.keys().contains(InventoryKey.GET_DNS_CLIENT_SERVER_ADDRESS) && wmi != null ? wmi.dnsServers() : List.of();
    }

    /** The WMI row of an interface: by interface index, else by MAC, else by description. */
    private static AdapterConfiguration wmiRow(Inventory inventory, HostInterface iface) {
        for (AdapterConfiguration row : inventory.adapterConfigurations()) {
            if (iface.interfaceIndex() != null && iface.interfaceIndex().equals(row.interfaceIndex())) {
                return row;
            }
        }
        for (AdapterConfiguration row : inventory.adapterConfigurations()) {
            if (iface.mac() != null && iface.mac().equals(row.macAddress()) && row.ipEnabled()) {
                return row;
            }
        }
        return inventory.adapterConfigurations().stream().filter(row -> row.description() != null
                && row.description().equals(iface.description())).findFirst().orElse(null);
    }

    private static boolean sameInterface(String alias, Integer index, HostInterface iface) {
        return alias != null ? alias.equals(iface.name()) : index != null && Objects.equals(index, iface.interfaceIndex());
    }
}
