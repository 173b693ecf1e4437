// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;
import java.util.Set;

/**
 * One host's configuration as Windows reported it, typed: what the import maps into a topology. Every list is in
 * the order of the inventory; a key the inventory lacks gives an empty list (and a warning).
 *
 * @param source the inventory's file or directory name
 * @param os the operating system, or null without Get-ComputerInfo and Win32_OperatingSystem
 * @param vmHost the Hyper-V host settings, or null without Get-VMHost
 * @param adapters Get-NetAdapter
 * @param bindings Get-NetAdapterBinding
 * @param ipAddresses Get-NetIPAddress, IPv4 only, one per address and interface
 * @param routes Get-NetRoute, IPv4 only, one per route
 * @param dnsServers Get-DnsClientServerAddress, IPv4 only
 * @param adapterConfigurations Win32_NetworkAdapterConfiguration
 * @param switches Get-VMSwitch
 * @param vmNetworkAdapters Get-VMNetworkAdapter, with Get-VMNetworkAdapterVlan and Get-VMNetworkAdapterAcl applied
 * @param nats Get-NetNat
 * @param staticMappings Get-NetNatStaticMapping
 * @param vms Get-VM
 * @param keys the keys the inventory has a value for
 */
public record Inventory(String source, HostOs os, VmHost vmHost, List<NetAdapter> adapters,
        List<AdapterBinding> bindings, List<IpAddress> ipAddresses, List<Route> routes, List<DnsServers> dnsServers,
        List<AdapterConfiguration> adapterConfigurations, List<VmSwitch> switches,
        List<VmNetworkAdapter> vmNetworkAdapters, List<NetNat> nats, List<NatStaticMapping> staticMappings,
        List<VirtualMachine> vms, Set<InventoryKey> keys) {

    /** Copies every list. */
    public Inventory {
        adapters = List.copyOf(adapters);
        bindings = List.copyOf(bindings);
        ipAddresses = List.copyOf(ipAddresses);
        routes = List.copyOf(routes);
        dnsServers = List.copyOf(dnsServers);
        adapterConfigurations = List.copyOf(adapterConfigurations);
        switches = List.copyOf(switches);
        vmNetworkAdapters = List.copyOf(vmNetworkAdapters);
        nats = List.copyOf(nats);
        staticMappings = List.copyOf(staticMappings);
        vms = List.copyOf(vms);
        keys = Set.copyOf(keys);
    }

    /**
     * The host's name: the computer name Windows reported, else the inventory's file name without {@code .json}, or
     * its directory's name.
     */
    public String hostName() {
        if (os != null && os.computerName() != null && !os.computerName().isBlank()) {
            return os.computerName();
        }
        return source.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? source.substring(0, source.length() - ".json".length()) : source;
    }
}
