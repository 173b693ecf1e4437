// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.inventory.AdapterBinding;
import org.hvnet.interop.inventory.AdapterConfiguration;
import org.hvnet.interop.inventory.NetAdapter;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/** Reads the host's NICs: Get-NetAdapter, Get-NetAdapterBinding and Win32_NetworkAdapterConfiguration. */
final class AdapterRows {

    private static final String NO_DHCP_SERVER = "255.255.255.255";

    private AdapterRows() {
    }

    /** Get-NetAdapter; a row without a Name is skipped. */
    static List<NetAdapter> adapters(List<JsonRow> rows) {
        List<NetAdapter> adapters = new ArrayList<>();
        NameSet names = new NameSet("a NIC", "NICs", "both are read (Windows names each connection once: are two"
                + " hosts mixed?)");
        for (JsonRow row : rows) {
            String name = names.nameOf(row);
            if (name == null) {
                continue;
            }
            String mac = row.firstPresent("MacAddress", "PermanentAddress");
            adapters.add(new NetAdapter(name, row.text("InterfaceDescription"),
                    row.integer(row.firstPresent("ifIndex", "InterfaceIndex"), 0, Integer.MAX_VALUE), row.mac(mac),
                    row.text("Status"), row.bool("Virtual", false), row.bool("Hidden", false),
                    row.bool("HardwareInterface", false), row.text("DeviceID"), row.text("InterfaceGuid")));
        }
        return adapters;
    }

    /** Get-NetAdapterBinding; a row without an adapter Name or ComponentID is skipped. */
    static List<AdapterBinding> bindings(List<JsonRow> rows) {
        List<AdapterBinding> bindings = new ArrayList<>();
        for (JsonRow row : rows) {
            String adapter = row.text("Name");
            String component = row.text("ComponentID");
            if (adapter == null || component == null) {
                row.warn(null, "a binding without the NIC's Name and a ComponentID is skipped");
                continue;
            }
            row.describing(adapter);
            bindings.add(new AdapterBinding(adapter, component, row.text("DisplayName"), row.bool("Enabled", true)));
        }
        return bindings;
    }

    /** Win32_NetworkAdapterConfiguration, IPv4 values only. */
    static List<AdapterConfiguration> configurations(List<JsonRow> rows) {
        List<AdapterConfiguration> configurations = new ArrayList<>();
        for (JsonRow row : rows) {
            String description = row.text("Description");
            row.describing(description);
            String server = row.text("DHCPServer");
            Ipv4Address dhcpServer = server == null || server.isBlank() || server.strip().equals(NO_DHCP_SERVER) ? null
                    : row.ipv4("DHCPServer", server);
            configurations.add(new AdapterConfiguration(row.integer("Index", 0, Integer.MAX_VALUE),
                    row.integer("InterfaceIndex", 0, Integer.MAX_VALUE), description, row.text("SettingID"),
                    row.mac("MACAddress"), row.bool("IPEnabled", false), row.bool("DHCPEnabled", false), dhcpServer,
                    addresses(row), ipv4s(row, "DefaultIPGateway"), ipv4s(row, "DNSServerSearchOrder")));
        }
        return configurations;
    }

    /** {@code IPAddress[i]} with {@code IPSubnet[i]} (a mask such as 255.255.255.0), IPv4 only. */
    private static List<Ipv4Cidr> addresses(JsonRow row) {
        List<String> addresses = row.texts("IPAddress");
        List<String> masks = row.texts("IPSubnet");
        List<Ipv4Cidr> result = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).contains(":")) {
                continue;
            }
            Ipv4Address address = row.ipv4("IPAddress", addresses.get(i));
            Integer prefix = i < masks.size() ? prefixOf(masks.get(i)) : null;
            if (address != null && prefix == null) {
                row.warn("IPSubnet", "IPSubnet has no valid mask for " + address + " (like 255.255.255.0); the"
                        + " address is read as missing");
            } else if (address != null) {
                result.add(new Ipv4Cidr(address, prefix));
            }
        }
        return result;
    }

    /** The prefix length of a contiguous mask (255.255.240.0 is 20) or of a number 0..32; null otherwise. */
    static Integer prefixOf(String mask) {
        String text = mask.strip();
        if (text.matches("\\d{1,2}")) {
            int prefix = Integer.parseInt(text);
            return prefix <= 32 ? prefix : null;
        }
        try {
            int bits = Ipv4Address.valueOf(text).bits();
            int hostBits = ~bits;
            return (hostBits & (hostBits + 1)) == 0 ? Integer.bitCount(bits) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The IPv4 addresses of a list property (IPv6 entries are passed over). */
    static List<Ipv4Address> ipv4s(JsonRow row, String name) {
        List<Ipv4Address> result = new ArrayList<>();
        for (String text : row.texts(name)) {
            if (!text.contains(":") && !text.isBlank()) {
                Ipv4Address address = row.ipv4(name, text);
                if (address != null) {
                    result.add(address);
                }
            }
        }
        return result;
    }
}
