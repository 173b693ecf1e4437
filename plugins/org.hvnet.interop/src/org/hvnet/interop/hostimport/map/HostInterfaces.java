// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hvnet.interop.inventory.AdapterConfiguration;
import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.NetAdapter;
import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.interop.windows.HostVnicNames;

/**
 * The physical NICs and host vNICs of an inventory: Get-NetAdapter's rows, each host vNIC matched to its Hyper-V
 * adapter by device id or MAC (it keeps its Network Connections name); without Get-NetAdapter (Windows Server 2008
 * R2), the NICs of Win32_NetworkAdapterConfiguration, named by their description.
 */
final class HostInterfaces {

    private static final List<String> VIRTUAL_DESCRIPTIONS = List.of("wan miniport", "microsoft virtual network switch adapter",
            "hyper-v virtual ethernet adapter", "microsoft isatap", "teredo", "ras async", "microsoft kernel debug",
            "microsoft wi-fi direct", "microsoft hosted network", "loopback");

    private HostInterfaces() {
    }

    /** The host's interfaces, physical NICs first (in Windows's order), then host vNICs (in Hyper-V's order). */
    static List<HostInterface> of(Inventory inventory, String host, ImportWarnings warnings) {
        BindingRows bindings = new BindingRows(inventory, host, warnings);
        List<HostInterface> physical = new ArrayList<>();
        List<HostInterface> vnics = new ArrayList<>();
        Set<NetAdapter> matched = new HashSet<>();
        for (VmNetworkAdapter adapter : inventory.vmNetworkAdapters()) {
            if (!adapter.managementOs()) {
                continue;
            }
            NetAdapter row = connectionOf(adapter, inventory.adapters());
            String name = row != null ? row.name() : HostVnicNames.connectionName(adapter.windowsName());
            if (row == null && inventory.keys().contains(InventoryKey.GET_NET_ADAPTER)) {
                warnings.warn(inventory.source(), InventoryKey.GET_NET_ADAPTER, host + "." + name, "Get-NetAdapter lists no"
                        + " connection of host vNIC '" + adapter.windowsName() + "': it is named " + name);
            }
            if (row != null) {
                matched.add(row);
            }
            vnics.add(new HostInterface(name, adapter.macAddress() != null ? adapter.macAddress() : row == null ? null : row.macAddress(),
                    row == null ? null : row.interfaceDescription(), row == null ? null : row.interfaceIndex(), adapter,
                    bindings.of(name), null));
        }
        for (NetAdapter row : inventory.adapters()) {
            if (matched.contains(row) || row.hidden()) {
                continue;
            }
            if (row.hardwareInterface() || !row.virtual()) {
                physical.add(new HostInterface(row.name(), row.macAddress(), row.interfaceDescription(), row.interfaceIndex(), null,
                        bindings.of(row.name()), null));
            } else {
                warnings.warn(inventory.source(), InventoryKey.GET_NET_ADAPTER, host + "." + row.name(), "software adapter '"
                        + row.name() + "' (" + row.interfaceDescription() + ") is not modeled: only physical NICs and host vNICs are");
            }
        }
        if (inventory.adapters().isEmpty()) {
            physical.addAll(fromWmi(inventory, host, warnings, bindings));
        }
        List<HostInterface> all = new ArrayList<>(physical);
        all.addAll(vnics);
        return all;
    }

    private static NetAdapter connectionOf(VmNetworkAdapter adapter, List<NetAdapter> rows) {
        for (NetAdapter row : rows) {
            if (adapter.deviceId() != null && adapter.deviceId().equalsIgnoreCase(row.deviceId())) {
                return row;
            }
        }
        for (NetAdapter row : rows) {
            if (adapter.macAddress() != null && adapter.macAddress().equals(row.macAddress()) && row.virtual()) {
                return row;
            }
        }
        return null;
    }

    /** Windows Server 2008 R2: the NICs of WMI with a MAC that are no software adapter, named by description. */
    private static List<HostInterface> fromWmi(Inventory inventory, String host, ImportWarnings warnings, BindingRows bindings) {
        List<HostInterface> nics = new ArrayList<>();
        for (AdapterConfiguration row : inventory.adapterConfigurations()) {
            String description = row.description() == null ? "" : row.description();
            String lower = description.toLowerCase(Locale.ROOT);
            if (row.macAddress() == null || description.isBlank()) {
                continue;
            }
            if (lower.startsWith("microsoft virtual network switch adapter") || lower.startsWith("hyper-v virtual ethernet adapter")) {
                warnings.warn(inventory.source(), InventoryKey.WIN32_NETWORK_ADAPTER_CONFIGURATION, host + "." + description,
                        "host vNIC '" + description + "'" + (row.addresses().isEmpty() ? "" : " (" + row.addresses().get(0) + ")")
                                + " is left out: without Get-VMSwitch its switch is unknown");
                continue;
            }
            if (VIRTUAL_DESCRIPTIONS.stream().anyMatch(lower::startsWith)) {
                continue;
            }
            nics.add(new HostInterface(description, row.macAddress(), description, row.interfaceIndex(), null,
                    bindings.of(description), null));
        }
        if (!nics.isEmpty()) {
            warnings.warn(inventory.source(), InventoryKey.GET_NET_ADAPTER, host, "without Get-NetAdapter the connection names are"
                    + " unknown: the physical NICs are named by their description");
        }
        return nics;
    }
}
