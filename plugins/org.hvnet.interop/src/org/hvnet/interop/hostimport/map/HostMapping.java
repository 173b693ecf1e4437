// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvnet.interop.hostimport.map.ObservedAddress.Origin;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.SwitchType;
import org.hvnet.interop.inventory.VmSwitch;
import org.hvnet.model.Network;
import org.hvnet.model.Platform;
import org.hvnet.model.values.Ipv4Address;

/**
 * One host of an import, first pass: its interfaces and the addresses they had, its switches, and the physical
 * networks its NICs are cabled to (a NIC's own address, or the addresses of the host vNICs of the external switch it
 * backs, on their VLANs), with the routers and DHCP servers the host used.
 */
final class HostMapping {

    final Inventory inventory;
    final String name;
    final Platform platform;
    final List<HostInterface> interfaces = new ArrayList<>();
    final SwitchIndex switches;
    final Map<VmSwitch, List<HostInterface>> uplinks = new LinkedHashMap<>();
    final Map<String, Set<Network>> cables = new LinkedHashMap<>();
    final Map<String, Network> networkOf = new LinkedHashMap<>();
    final ImportWarnings warnings;

    HostMapping(Inventory inventory, String name, ImportWarnings warnings) {
        this.inventory = inventory;
        this.name = name;
        this.warnings = warnings;
        this.platform = PlatformChoice.of(inventory.os(), inventory.source(), name, warnings);
        UniqueNames connections = new UniqueNames();
        for (HostInterface iface : HostInterfaces.of(inventory, name, warnings)) {
            HostInterface observed = iface.withObserved(InterfaceAddresses.of(inventory, iface, name, warnings));
            String unique = connections.claim(iface.name());
            if (!unique.equals(iface.name())) {
                warnings.warn(inventory.source(), InventoryKey.GET_NET_ADAPTER, name + "." + iface.name(), "a second connection '"
                        + iface.name() + "' on " + name + " is named '" + unique + "' in the model");
                observed = observed.withName(unique);
            }
            interfaces.add(observed);
        }
        this.switches = new SwitchIndex(inventory.switches(), inventory.source(), name, warnings);
        for (VmSwitch vswitch : switches.all()) {
            if (vswitch.type() == SwitchType.EXTERNAL) {
                uplinks.put(vswitch, uplinksOf(vswitch));
            }
        }
    }

    /** The file of the inventory, for warnings. */
    String file() {
        return inventory.source();
    }

    /** First pass: the networks this host's NICs are on, and their cables. */
    void placeOnNetworks(NetworkPlan plan) {
        for (HostInterface iface : interfaces) {
            ObservedAddress observed = iface.observed();
            if (observed == null || !observed.placesOnNetwork()) {
                continue;
            }
            if (!iface.isHostVnic()) {
                Network network = plan.network(observed.address(), null);
                networkOf.put(iface.name(), network);
                cable(iface.name(), network);
                continue;
            }
            VmSwitch vswitch = switches.find(iface.hyperV().switchId(), iface.hyperV().switchName());
            if (vswitch != null && vswitch.type() == SwitchType.EXTERNAL) {
                Network network = plan.network(observed.address(), PortSettings.ownVlan(iface.hyperV().vlan()));
                networkOf.put(iface.name(), network);
                uplinks.get(vswitch).forEach(nic -> cable(nic.name(), network));
            }
        }
    }

    /** The addresses this host's interfaces had (to tell a gateway that is a host of the import from a router). */
    Set<Ipv4Address> ownAddresses() {
        Set<Ipv4Address> own = new LinkedHashSet<>();
        interfaces.stream().map(HostInterface::observed).filter(o -> o != null && o.address() != null).forEach(o -> own.add(o.address().address()));
        return own;
    }

    /**
     * First pass, once every host placed its NICs: the routers of the default routes and the DHCP servers of leases. A
     * default gateway that is an address of a host of the import ({@code hostAddresses}) is that host, not a router:
     * the interface keeps it as its gateway and no router is added (it would have the host's address, rule V-6).
     */
    void addRoutersAndServers(NetworkPlan plan, Set<Ipv4Address> hostAddresses) {
        for (HostInterface iface : interfaces) {
            ObservedAddress observed = iface.observed();
            Network network = networkOf.get(iface.name());
            if (observed == null || network == null) {
                continue;
            }
            String item = name + "." + iface.name();
            if (observed.gateway() != null && hostAddresses.contains(observed.gateway())) {
                warnings.warn(file(), InventoryKey.GET_NET_ROUTE, item, "the default gateway " + observed.gateway() + " of " + item
                        + " is a host of the import: no router is modeled for it (what that host forwards is not in an inventory)");
            } else if (observed.gateway() != null) {
                Network routed = network.getSubnet().contains(observed.gateway()) ? network : plan.holding(observed.gateway(), network.getVlan());
                if (routed == null) {
                    warnings.warn(file(), InventoryKey.GET_NET_ROUTE, item, "the default gateway " + observed.gateway() + " of " + item
                            + " is on no network of the import: no router is modeled for it");
                } else {
                    NetworkPlan.addInternetRouter(routed, observed.gateway());
                }
            }
            if (observed.origin() == Origin.DHCP && observed.address() != null) {
                if (observed.dhcpServer() == null) {
                    warnings.warn(file(), InventoryKey.WIN32_NETWORK_ADAPTER_CONFIGURATION, item, "the DHCP server of " + item
                            + "'s lease " + observed.address() + " is unknown: no dhcp-server, and no expectation of the lease");
                } else {
                    NetworkPlan.addDhcpServer(network, observed.dhcpServer(), observed.gateway(), observed.dns());
                }
            }
        }
    }

    /** Cables the NIC {@code nic} to {@code network} (once). */
    void cable(String nic, Network network) {
        cables.computeIfAbsent(nic, k -> new LinkedHashSet<>()).add(network);
    }

    private List<HostInterface> uplinksOf(VmSwitch vswitch) {
        List<HostInterface> nics = new ArrayList<>();
        for (String description : vswitch.netAdapterDescriptions()) {
            HostInterface nic = interfaces.stream().filter(i -> !i.isHostVnic() && description.equals(i.description())).findFirst().orElse(null);
            if (nic == null) {
                warnings.warn(file(), InventoryKey.GET_VM_SWITCH, name + "." + vswitch.name(), "external switch '" + vswitch.name()
                        + "' is bound to '" + description + "', which Get-NetAdapter does not list: that NIC is left out");
            } else {
                nics.add(nic);
            }
        }
        return nics;
    }
}
