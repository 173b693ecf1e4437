// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hvnet.interop.inventory.AclDirection;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.PortAcl;
import org.hvnet.interop.inventory.VlanSetting;
import org.hvnet.interop.inventory.VmNetworkAdapter;

/**
 * Gives each NIC its VLAN setting and ACLs: the rows of Get-VMNetworkAdapterVlan and Get-VMNetworkAdapterAcl win
 * over the values nested in Get-VMNetworkAdapter (the per-NIC cmdlets are what Windows applies; the nested values
 * may be cut by ConvertTo-Json's -Depth). A rule Windows lists once inbound and once outbound is one rule again.
 */
final class PortSettingMerge {

    /** The NICs with their settings, and how many NICs lack a VLAN setting or an ACL list. */
    record Result(List<VmNetworkAdapter> adapters, int withoutVlan, int withoutAcls) {
    }

    private PortSettingMerge() {
    }

    /**
     * Applies the rows; {@code aclRowsRead} is true when the inventory has Get-VMNetworkAdapterAcl (then a NIC
     * without rows has no ACL).
     */
    static Result apply(List<AdapterRow> adapters, List<SettingRow<VlanSetting>> vlanRows,
            List<SettingRow<PortAcl>> aclRows, boolean aclRowsRead, ProblemLog log) {
        Map<AdapterRow, VlanSetting> vlans = new HashMap<>();
        for (SettingRow<VlanSetting> row : vlanRows) {
            AdapterRow adapter = target(row, adapters, vlans, InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN, log);
            if (adapter != null) {
                vlans.put(adapter, row.setting());
            }
        }
        Map<AdapterRow, List<PortAcl>> acls = new HashMap<>();
        for (SettingRow<PortAcl> row : aclRows) {
            AdapterRow adapter = target(row, adapters, Map.of(), InventoryKey.GET_VM_NETWORK_ADAPTER_ACL, log);
            if (adapter != null) {
                acls.computeIfAbsent(adapter, a -> new ArrayList<>()).add(row.setting());
            }
        }
        List<VmNetworkAdapter> result = new ArrayList<>();
        int withoutVlan = 0;
        int withoutAcls = 0;
        for (AdapterRow row : adapters) {
            VmNetworkAdapter adapter = row.adapter();
            VlanSetting vlan = vlans.getOrDefault(row, adapter.vlan());
            List<PortAcl> rules = aclRowsRead ? acls.getOrDefault(row, List.of()) : adapter.acls();
            withoutVlan += vlan == null ? 1 : 0;
            withoutAcls += aclRowsRead || row.aclsNested() ? 0 : 1;
            result.add(adapter.withSettings(vlan, joinedDirections(rules)));
        }
        return new Result(result, withoutVlan, withoutAcls);
    }

    /**
     * The NIC a row is about: the first that it names and that has no row of this kind yet (Windows lists the NICs
     * in one order for every cmdlet); null, warned, when it names none.
     */
    private static <T> AdapterRow target(SettingRow<T> row, List<AdapterRow> adapters, Map<AdapterRow, ?> done,
            InventoryKey key, ProblemLog log) {
        AdapterRow first = null;
        for (AdapterRow adapter : adapters) {
            if (row.adapter().names(adapter.adapter())) {
                if (!done.containsKey(adapter)) {
                    return adapter;
                }
                first = first == null ? adapter : first;
            }
        }
        String nic = row.adapter().describe();
        if (first == null && !adapters.isEmpty()) {
            log.warning(row.place(), key.cmdlet(), nic, "this row names " + nic
                    + ", which Get-VMNetworkAdapter does not list; ignored");
        } else if (first != null) {
            log.warning(row.place(), key.cmdlet(), nic, "a second row for " + nic + "; ignored");
        }
        return null;
    }

    /** The rules with each inbound rule joined to an outbound rule of the same action and addresses: both. */
    static List<PortAcl> joinedDirections(List<PortAcl> rules) {
        List<PortAcl> result = new ArrayList<>(rules);
        for (int i = 0; i < result.size(); i++) {
            PortAcl in = result.get(i);
            if (in.direction() != AclDirection.INBOUND) {
                continue;
            }
            for (int j = 0; j < result.size(); j++) {
                PortAcl out = result.get(j);
                if (out.direction() == AclDirection.OUTBOUND && out.action() == in.action()
                        && Objects.equals(out.remoteAddress(), in.remoteAddress())
                        && Objects.equals(out.localAddress(), in.localAddress())) {
                    result.set(i, new PortAcl(in.action(), AclDirection.BOTH, in.remoteAddress(), in.localAddress()));
                    result.remove(j);
                    if (j < i) {
                        i--;
                    }
                    break;
                }
            }
        }
        return result;
    }
}
