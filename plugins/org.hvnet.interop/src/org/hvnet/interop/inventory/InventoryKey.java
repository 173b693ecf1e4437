// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.Locale;
import java.util.Optional;

/**
 * The keys of an inventory: the cmdlets HVNet reads, each with what the model lacks when the key is missing. In a
 * directory inventory each key is a file {@code <key>.json}, spaces replaced by {@code _}.
 */
public enum InventoryKey {
    /** The host's name and Windows version. */
    GET_COMPUTER_INFO("Get-ComputerInfo", "the host's name and Windows version, which decide its platform"),
    /** The same from WMI (every Windows with PowerShell 3 or later). */
    WIN32_OPERATING_SYSTEM("Get-CimInstance Win32_OperatingSystem",
            "the host's name and Windows version, which decide its platform"),
    /** The MAC address pool. */
    GET_VM_HOST("Get-VMHost", "the host's pool of dynamic MAC addresses (the default pool of rule X-5 is assumed)"),
    /** Physical NICs and host vNICs by connection name. */
    GET_NET_ADAPTER("Get-NetAdapter", "the host's physical NICs and the connection names of its host vNICs"),
    /** Protocol bindings. */
    GET_NET_ADAPTER_BINDING("Get-NetAdapterBinding",
            "the protocols bound to each NIC (the default bindings are assumed)"),
    /** Addresses in effect. */
    GET_NET_IP_ADDRESS("Get-NetIPAddress", "the host's IP addresses: static settings and the addresses to expect"),
    /** Routes, default gateways among them. */
    GET_NET_ROUTE("Get-NetRoute", "the default gateways (no router on the physical networks)"),
    /** DNS servers per interface. */
    GET_DNS_CLIENT_SERVER_ADDRESS("Get-DnsClientServerAddress", "the DNS servers of static settings"),
    /** WMI's view of TCP/IP per NIC, with the DHCP server of each lease. */
    WIN32_NETWORK_ADAPTER_CONFIGURATION("Get-CimInstance Win32_NetworkAdapterConfiguration",
            "the DHCP servers that gave the host its leases (no dhcp-server on the physical networks)"),
    /** Virtual switches. */
    GET_VM_SWITCH("Get-VMSwitch", "the virtual switches"),
    /** VM NICs and host vNICs ({@code -All}). */
    GET_VM_NETWORK_ADAPTER("Get-VMNetworkAdapter", "the VMs' NICs and the host vNICs"),
    /** VLAN settings per NIC. */
    GET_VM_NETWORK_ADAPTER_VLAN("Get-VMNetworkAdapterVlan", "the VLAN settings of the NICs (untagged is assumed)"),
    /** Port ACLs per NIC. */
    GET_VM_NETWORK_ADAPTER_ACL("Get-VMNetworkAdapterAcl", "the port ACLs of the NICs"),
    /** WinNAT instances. */
    GET_NET_NAT("Get-NetNat", "WinNAT: which internal prefix the host translates"),
    /** WinNAT's forwarded ports. */
    GET_NET_NAT_STATIC_MAPPING("Get-NetNatStaticMapping", "the static mappings (forwarded ports) of WinNAT"),
    /** VMs and their states. */
    GET_VM("Get-VM", "whether each VM runs (a VM that is off reports no address)");

    /** The key under which the collector records itself and the cmdlets it skipped; not a cmdlet. */
    public static final String COLLECTOR_KEY = "hvnet-collector";

    private final String cmdlet;
    private final String lacks;

    InventoryKey(String cmdlet, String lacks) {
        this.cmdlet = cmdlet;
        this.lacks = lacks;
    }

    /** The key as written in an inventory: the cmdlet, e.g. {@code Get-VMSwitch}. */
    public String cmdlet() {
        return cmdlet;
    }

    /** What the model lacks when the inventory has no value for this key. */
    public String lacks() {
        return lacks;
    }

    /** The file of this key in a directory inventory, e.g. {@code Get-CimInstance_Win32_OperatingSystem.json}. */
    public String fileName() {
        return cmdlet.replace(' ', '_') + ".json";
    }

    /** The key a JSON object key or a directory's file name stands for (PowerShell names ignore case). */
    public static Optional<InventoryKey> of(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        if (wanted.endsWith(".json")) {
            wanted = wanted.substring(0, wanted.length() - ".json".length());
        }
        for (InventoryKey key : values()) {
            String cmdlet = key.cmdlet.toLowerCase(Locale.ROOT);
            if (cmdlet.equals(wanted) || cmdlet.replace(' ', '_').equals(wanted)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }
}
