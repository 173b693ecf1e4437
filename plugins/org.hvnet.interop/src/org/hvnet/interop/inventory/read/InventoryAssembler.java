// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.IpAddress;

/** Types an inventory's JSON: every key through its row reader, the per-NIC cmdlets applied, what is missing said. */
final class InventoryAssembler {

    private InventoryAssembler() {
    }

    /** The inventory of {@code document}; warnings go to {@code log}. */
    static Inventory assemble(InventoryDocument document, ProblemLog log) {
        Set<String> ipv6 = new LinkedHashSet<>();
        List<IpAddress> addresses = TcpipRows.addresses(document.rows(InventoryKey.GET_NET_IP_ADDRESS, log), ipv6);
        List<AdapterRow> nics = VmAdapterRows.adapters(document.rows(InventoryKey.GET_VM_NETWORK_ADAPTER, log),
                !document.has(InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN),
                !document.has(InventoryKey.GET_VM_NETWORK_ADAPTER_ACL));
        PortSettingMerge.Result merged = PortSettingMerge.apply(nics,
                PortSettingRows.vlanRows(document.rows(InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN, log)),
                PortSettingRows.aclRows(document.rows(InventoryKey.GET_VM_NETWORK_ADAPTER_ACL, log)),
                document.has(InventoryKey.GET_VM_NETWORK_ADAPTER_ACL), log);
        Inventory inventory = new Inventory(document.source(),
                HostRows.merged(HostRows.computerInfo(document.rows(InventoryKey.GET_COMPUTER_INFO, log)),
                        HostRows.operatingSystem(document.rows(InventoryKey.WIN32_OPERATING_SYSTEM, log))),
                HostRows.vmHost(document.rows(InventoryKey.GET_VM_HOST, log)),
                AdapterRows.adapters(document.rows(InventoryKey.GET_NET_ADAPTER, log)),
                AdapterRows.bindings(document.rows(InventoryKey.GET_NET_ADAPTER_BINDING, log)), addresses,
                TcpipRows.routes(document.rows(InventoryKey.GET_NET_ROUTE, log)),
                TcpipRows.dnsServers(document.rows(InventoryKey.GET_DNS_CLIENT_SERVER_ADDRESS, log)),
                AdapterRows.configurations(document.rows(InventoryKey.WIN32_NETWORK_ADAPTER_CONFIGURATION, log)),
                HyperVRows.switches(document.rows(InventoryKey.GET_VM_SWITCH, log)), merged.adapters(),
                NatRows.nats(document.rows(InventoryKey.GET_NET_NAT, log)),
                NatRows.staticMappings(document.rows(InventoryKey.GET_NET_NAT_STATIC_MAPPING, log)),
                HyperVRows.vms(document.rows(InventoryKey.GET_VM, log)), document.keys());
        MissingKeys.warn(document, log, inventory.os() == null ? null : inventory.os().build(), merged.withoutVlan(),
                merged.withoutAcls());
        if (!ipv6.isEmpty()) {
            log.warning(document.file(), null, InventoryKey.GET_NET_IP_ADDRESS.cmdlet(), null, ipv6.size()
                    + " IPv6 addresses are not modeled (" + String.join(", ", ipv6.stream().limit(3).toList())
                    + (ipv6.size() > 3 ? ", …" : "") + "): HVNet models IPv4");
        }
        return inventory;
    }
}
