// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hvnet.interop.inventory.AddressFamily;
import org.hvnet.interop.inventory.AddressState;
import org.hvnet.interop.inventory.AddressStore;
import org.hvnet.interop.inventory.DnsServers;
import org.hvnet.interop.inventory.IpAddress;
import org.hvnet.interop.inventory.PrefixOrigin;
import org.hvnet.interop.inventory.Route;
import org.hvnet.interop.inventory.SuffixOrigin;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * Reads the host's TCP/IP state: Get-NetIPAddress, Get-NetRoute and Get-DnsClientServerAddress, IPv4 only. A row
 * Windows reports once per store (ActiveStore, PersistentStore) is read once, with the values in effect
 * (ActiveStore) winning. Loopback rows are passed over; other IPv6 addresses are collected for one warning.
 */
final class TcpipRows {

    private TcpipRows() {
    }

    /** Get-NetIPAddress; the IPv6 addresses that are neither link-local nor loopback go to {@code ipv6}. */
    static List<IpAddress> addresses(List<JsonRow> rows, Set<String> ipv6) {
        Map<String, IpAddress> byKey = new LinkedHashMap<>();
        for (JsonRow row : rows) {
            String text = row.text("IPAddress");
            String alias = row.text("InterfaceAlias");
            row.describing(alias);
            if (text == null || text.isBlank()) {
                row.warn("IPAddress", "a row without an IPAddress is skipped");
                continue;
            }
            if (text.contains(":") || row.enumValue("AddressFamily", AddressFamily.class) == AddressFamily.IPV6) {
                String lower = text.strip().toLowerCase(Locale.ROOT);
                if (!lower.startsWith("fe80:") && !lower.equals("::1")) {
                    ipv6.add(text.strip());
                }
                continue;
            }
            Ipv4Address address = row.ipv4("IPAddress", text);
            Integer prefix = row.integer("PrefixLength", 0, 32);
            if (address == null || (address.bits() >>> 24) == 127) {
                continue;
            }
            if (prefix == null) {
                row.warn("PrefixLength", "address " + address + " has no valid PrefixLength; skipped");
                continue;
            }
            Integer index = row.integer("InterfaceIndex", 0, Integer.MAX_VALUE);
            IpAddress read = new IpAddress(alias, index, new Ipv4Cidr(address, prefix),
                    row.enumValue("PrefixOrigin", PrefixOrigin.class),
                    row.enumValue("SuffixOrigin", SuffixOrigin.class),
                    row.enumValue("AddressState", AddressState.class), stores(row));
            byKey.merge(interfaceKey(index, alias) + " " + read.address(), read, TcpipRows::joined);
        }
        return new ArrayList<>(byKey.values());
    }

    /** Get-NetRoute, IPv4 routes only. */
    static List<Route> routes(List<JsonRow> rows) {
        Map<String, Route> byKey = new LinkedHashMap<>();
        for (JsonRow row : rows) {
            String destination = row.text("DestinationPrefix");
            if (destination == null || destination.contains(":")) {
                continue;
            }
            String alias = row.text("InterfaceAlias");
            row.describing(alias);
            Ipv4Cidr prefix = row.cidr("DestinationPrefix");
            String hop = row.text("NextHop");
            Ipv4Address nextHop = hop == null || hop.isBlank() ? Ipv4Address.ofBits(0) : row.ipv4("NextHop", hop);
            if (prefix == null || nextHop == null) {
                continue;
            }
            Integer index = row.integer("InterfaceIndex", 0, Integer.MAX_VALUE);
            Route read = new Route(alias, index, prefix, nextHop, row.integer("RouteMetric", 0, Integer.MAX_VALUE),
                    stores(row));
            byKey.merge(interfaceKey(index, alias) + " " + prefix + " " + nextHop, read, TcpipRows::joined);
        }
        return new ArrayList<>(byKey.values());
    }

    /** Get-DnsClientServerAddress, the IPv4 rows. */
    static List<DnsServers> dnsServers(List<JsonRow> rows) {
        List<DnsServers> result = new ArrayList<>();
        for (JsonRow row : rows) {
            String alias = row.text("InterfaceAlias");
            row.describing(alias);
            if (row.enumValue("AddressFamily", AddressFamily.class) == AddressFamily.IPV6) {
                continue;
            }
            result.add(new DnsServers(alias, row.integer("InterfaceIndex", 0, Integer.MAX_VALUE),
                    AdapterRows.ipv4s(row, "ServerAddresses")));
        }
        return result;
    }

    private static Set<AddressStore> stores(JsonRow row) {
        AddressStore store = row.enumValue("Store", AddressStore.class);
        return store == null ? Set.of() : EnumSet.of(store);
    }

    private static String interfaceKey(Integer index, String alias) {
        return index != null ? "#" + index : alias == null ? "?" : alias.toLowerCase(Locale.ROOT);
    }

    /** One address reported by two stores: the active row's values, both stores. */
    private static IpAddress joined(IpAddress first, IpAddress second) {
        IpAddress active = second.stores().contains(AddressStore.ACTIVE_STORE) ? second : first;
        return new IpAddress(active.interfaceAlias(), active.interfaceIndex(), active.address(), active.prefixOrigin(),
                active.suffixOrigin(), active.addressState(), union(first.stores(), second.stores()));
    }

    /** One route reported by two stores: the active row's values, both stores. */
    private static Route joined(Route first, Route second) {
        Route active = second.stores().contains(AddressStore.ACTIVE_STORE) ? second : first;
        return new Route(active.interfaceAlias(), active.interfaceIndex(), active.destination(), active.nextHop(),
                active.metric(), union(first.stores(), second.stores()));
    }

    private static Set<AddressStore> union(Set<AddressStore> a, Set<AddressStore> b) {
        Set<AddressStore> all = EnumSet.noneOf(AddressStore.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
