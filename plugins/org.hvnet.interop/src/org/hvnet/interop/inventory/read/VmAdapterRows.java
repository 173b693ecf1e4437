// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hvnet.interop.inventory.OnOffState;
import org.hvnet.interop.inventory.PortAcl;
import org.hvnet.interop.inventory.VlanSetting;
import org.hvnet.interop.inventory.VmNetworkAdapter;

/**
 * Reads {@code Get-VMNetworkAdapter -All}: VM NICs and host vNICs, with the VlanSetting and AclList nested in them
 * when the output has them (a hand-made dump; the collector writes the per-NIC cmdlets instead).
 */
final class VmAdapterRows {

    private VmAdapterRows() {
    }

    /**
     * The NICs; a row without a Name is skipped. The nested VlanSetting and AclList are read only when asked (when
     * the inventory lacks the per-NIC cmdlet), so that a nested value cut by -Depth is only warned about when needed.
     */
    static List<AdapterRow> adapters(List<JsonRow> rows, boolean nestedVlan, boolean nestedAcls) {
        List<AdapterRow> adapters = new ArrayList<>();
        for (JsonRow row : rows) {
            String name = row.name("a network adapter");
            if (name == null) {
                continue;
            }
            String vmName = row.text("VMName");
            boolean managementOs = row.bool("IsManagementOs", vmName == null || vmName.isBlank());
            row.describing((managementOs ? "host vNIC " : "VM " + vmName + " NIC ") + "\"" + name + "\"");
            VlanSetting vlan = nestedVlan ? row.object("VlanSetting").map(PortSettingRows::vlan).orElse(null) : null;
            List<JsonRow> aclRows = nestedAcls ? row.rows("AclList") : null;
            List<PortAcl> acls = new ArrayList<>();
            if (aclRows != null) {
                aclRows.stream().map(PortSettingRows::acl).filter(acl -> acl != null).forEach(acls::add);
            }
            VmNetworkAdapter adapter = new VmNetworkAdapter(name, name, managementOs ? null : vmName, managementOs,
                    row.text("Id"), row.text("DeviceId"), row.nonBlank("SwitchName"),
                    row.nonBlank("SwitchId"), row.mac("MacAddress"), row.bool("DynamicMacAddressEnabled", false),
                    AdapterRows.ipv4s(row, "IPAddresses"), row.enumValue("DhcpGuard", OnOffState.class),
                    row.enumValue("RouterGuard", OnOffState.class),
                    row.enumValue("MacAddressSpoofing", OnOffState.class), vlan, acls);
            adapters.add(new AdapterRow(adapter, row, aclRows != null));
        }
        return uniquelyNamed(adapters);
    }

    /**
     * The NICs with the names of each VM (and of the management OS) made unique: the second "Network Adapter" of a
     * VM is "Network Adapter 2", the third "Network Adapter 3", skipping names the VM already has; each renamed NIC
     * is warned about.
     */
    private static List<AdapterRow> uniquelyNamed(List<AdapterRow> adapters) {
        Set<String> taken = new HashSet<>();
        adapters.forEach(a -> taken.add(key(a.adapter(), a.adapter().name())));
        Set<String> used = new HashSet<>();
        List<AdapterRow> result = new ArrayList<>();
        for (AdapterRow row : adapters) {
            VmNetworkAdapter adapter = row.adapter();
            String name = adapter.name();
            if (!used.add(key(adapter, name))) {
                int n = 2;
                while (taken.contains(key(adapter, name + " " + n)) || used.contains(key(adapter, name + " " + n))) {
                    n++;
                }
                name = name + " " + n;
                used.add(key(adapter, name));
                row.row().warn("Name", (adapter.managementOs() ? "the management OS" : "VM " + adapter.vmName())
                        + " has two NICs named \"" + adapter.name() + "\"; this one is read as \"" + name + "\"");
                row = new AdapterRow(adapter.withName(name), row.row(), row.aclsNested());
            }
            result.add(row);
        }
        return result;
    }

    private static String key(VmNetworkAdapter adapter, String name) {
        String vm = adapter.managementOs() || adapter.vmName() == null ? "" : adapter.vmName();
        return vm.toLowerCase(Locale.ROOT) + "\u0000" + name.toLowerCase(Locale.ROOT);
    }
}
