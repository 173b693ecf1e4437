// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.inventory;

import java.util.Arrays;
import java.util.List;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.interop.export.inventory.HostPorts.Port;
import org.hvnet.interop.windows.WindowsBindings;
import org.hvnet.model.Binding;
import org.hvnet.model.Host;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.addresses.InterfaceAddress;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;

/**
 * The NetAdapter, NetTCPIP, DNS client and WMI keys of an exported host: its interfaces, their bindings, the
 * addresses the simulation gives them (a static address in both stores, as Windows lists it), the default routes,
 * DNS servers, and WMI's view with the DHCP server of each lease.
 */
final class NetTcpipRows {

    private final Host host;
    private final HostPorts ports;
    private final ModelAddresses addresses;
    private final LeaseServers servers;

    NetTcpipRows(Host host, HostPorts ports, ModelAddresses addresses, SimulatedModel simulated) {
        this.host = host;
        this.ports = ports;
        this.addresses = addresses;
        this.servers = new LeaseServers(simulated);
    }

    JsonArray adapters() {
        JsonArray rows = new JsonArray();
        for (Port port : ports.all()) {
            rows.add(Rows.row("Name", port.iface().getName(), "InterfaceDescription", port.description(), "ifIndex", port.index(),
                    "MacAddress", port.iface().getMac() == null ? null : port.iface().getMac().toString(), "Status", "Up",
                    "Virtual", port.isHostVnic(), "Hidden", false, "HardwareInterface", !port.isHostVnic(), "DeviceID", port.deviceId(),
                    "InterfaceGuid", port.deviceId()));
        }
        return rows;
    }

    JsonArray bindings() {
        JsonArray rows = new JsonArray();
        for (Port port : ports.all()) {
            List<Binding> bound = EffectiveBindings.of(port.iface());
            for (String component : WindowsBindings.allComponents()) {
                rows.add(Rows.row("Name", port.iface().getName(), "ComponentID", component, "DisplayName",
                        WindowsBindings.displayName(component), "Enabled", bound.contains(WindowsBindings.binding(component).orElseThrow())));
            }
        }
        return rows;
    }

    JsonArray ipAddresses() {
        JsonArray rows = new JsonArray();
        for (Port port : ports.all()) {
            InterfaceAddress address = addressOf(port);
            if (address == null || address.address() == null) {
                continue;
            }
            Ipv4Cidr cidr = Ipv4Cidr.valueOf(address.address());
            int prefixOrigin = switch (address.source()) {
                case DHCP -> 3;
                case APIPA -> 2;
                default -> 1;
            };
            int suffixOrigin = address.source() == AddressSource.APIPA ? 4 : prefixOrigin;
            for (int store : address.source() == AddressSource.STATIC ? new int[] {1, 0} : new int[] {1}) {
                rows.add(Rows.row("InterfaceAlias", port.iface().getName(), "InterfaceIndex", port.index(), "IPAddress",
                        cidr.address().toString(), "AddressFamily", 2, "PrefixLength", cidr.prefix(), "PrefixOrigin", prefixOrigin,
                        "SuffixOrigin", suffixOrigin, "AddressState", 4, "Store", store));
            }
        }
        return rows;
    }

    JsonArray routes() {
        JsonArray rows = new JsonArray();
        for (Port port : ports.all()) {
            InterfaceAddress address = addressOf(port);
            if (address != null && address.gateway() != null) {
                rows.add(Rows.row("InterfaceAlias", port.iface().getName(), "InterfaceIndex", port.index(), "DestinationPrefix",
                        "0.0.0.0/0", "NextHop", address.gateway(), "RouteMetric", 0, "Store", 1));
            }
        }
        return rows;
    }

    JsonArray dnsServers() {
        JsonArray rows = new JsonArray();
        for (Port port : ports.all()) {
            InterfaceAddress address = addressOf(port);
            if (address != null && address.address() != null) {
                rows.add(Rows.row("InterfaceAlias", port.iface().getName(), "InterfaceIndex", port.index(), "AddressFamily", 2,
                        "ServerAddresses", Rows.texts(dns(address))));
            }
        }
        return rows;
    }

    JsonArray configurations() {
        JsonArray rows = new JsonArray();
        for (Port port : ports.all()) {
            InterfaceAddress address = addressOf(port);
            boolean hasAddress = address != null && address.address() != null;
            boolean dhcp = !(port.iface().getIpv4() instanceof StaticIpv4Config);
            Ipv4Cidr cidr = hasAddress ? Ipv4Cidr.valueOf(address.address()) : null;
            Ipv4Address server = hasAddress && address.source() == AddressSource.DHCP ? servers.of(address.server(), cidr.address()) : null;
            rows.add(Rows.row("Index", port.index(), "InterfaceIndex", port.index(), "Description", port.description(), "SettingID",
                    port.deviceId(), "MACAddress", port.iface().getMac() == null ? null : port.iface().getMac().toString().replace('-', ':'),
                    "IPEnabled", EffectiveBindings.hasTcpip4(port.iface()), "DHCPEnabled", dhcp, "DHCPServer",
                    dhcp && server == null ? "255.255.255.255" : server == null ? null : server.toString(),
                    "IPAddress", hasAddress ? Rows.texts(List.of(cidr.address())) : JsonNull.INSTANCE,
                    "IPSubnet", hasAddress ? Rows.texts(List.of(mask(cidr.prefix()))) : JsonNull.INSTANCE,
                    "DefaultIPGateway", hasAddress && address.gateway() != null ? Rows.texts(List.of(address.gateway())) : JsonNull.INSTANCE,
                    "DNSServerSearchOrder", hasAddress && address.dns() != null ? Rows.texts(dns(address)) : JsonNull.INSTANCE));
        }
        return rows;
    }

    /**
     * The address the host would report on a port ({@link ModelAddresses#reported}); on a Default Switch, the first
     * address of its pinned subnet (rule X-2).
     */
    private InterfaceAddress addressOf(Port port) {
        if (port.vswitch() != null && port.vswitch().getKind() == SwitchKind.DEFAULT) {
            Ipv4Cidr subnet = port.vswitch().getSubnet();
            return subnet == null ? null : new InterfaceAddress(host.getName(), port.iface().getName(), "host-vnic", port.vswitch().getName(),
                    new Ipv4Cidr(subnet.network().plus(1), subnet.prefix()).toString(), AddressSource.STATIC, null, null, null, null, null, null);
        }
        return addresses.reported(host.getName(), port.iface());
    }

    private static List<String> dns(InterfaceAddress address) {
        return address.dns() == null ? List.of() : Arrays.stream(address.dns().split(",\\s*")).toList();
    }

    static String mask(int prefix) {
        return Ipv4Address.ofBits(prefix == 0 ? 0 : -1 << (32 - prefix)).toString();
    }
}
