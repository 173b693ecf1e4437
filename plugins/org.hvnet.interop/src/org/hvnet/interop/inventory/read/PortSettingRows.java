// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.hvnet.interop.inventory.AclAction;
import org.hvnet.interop.inventory.AclDirection;
import org.hvnet.interop.inventory.PortAcl;
import org.hvnet.interop.inventory.VlanMode;
import org.hvnet.interop.inventory.VlanSetting;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Reads the port settings of a NIC, as rows of Get-VMNetworkAdapterVlan and Get-VMNetworkAdapterAcl or nested in
 * Get-VMNetworkAdapter: a VLAN setting, a port ACL.
 */
final class PortSettingRows {

    /** VLAN ids are 12 bits; Windows accepts 1 to 4094 and writes 0 for "none". */
    private static final int HIGHEST_VLAN = 4095;

    private PortSettingRows() {
    }

    /** The rows of Get-VMNetworkAdapterVlan whose mode is known. */
    static List<SettingRow<VlanSetting>> vlanRows(List<JsonRow> rows) {
        return settingRows(rows, PortSettingRows::vlan);
    }

    /** The rows of Get-VMNetworkAdapterAcl whose action and direction are known. */
    static List<SettingRow<PortAcl>> aclRows(List<JsonRow> rows) {
        return settingRows(rows, PortSettingRows::acl);
    }

    private static <T> List<SettingRow<T>> settingRows(List<JsonRow> rows, Function<JsonRow, T> reader) {
        List<SettingRow<T>> result = new ArrayList<>();
        for (JsonRow row : rows) {
            AdapterRef adapter = AdapterRef.of(row);
            row.describing(adapter.describe());
            T setting = reader.apply(row);
            if (setting != null) {
                result.add(new SettingRow<>(adapter, setting, row.place()));
            }
        }
        return result;
    }

    /** A VLAN setting, or null when its OperationMode is missing or unknown. */
    static VlanSetting vlan(JsonRow row) {
        VlanMode mode = row.enumValue("OperationMode", VlanMode.class, "the VLAN setting is read as unknown");
        if (mode == null) {
            if (row.get("OperationMode") == null) {
                row.warn("OperationMode", "a VLAN setting without OperationMode is read as unknown");
            }
            return null;
        }
        Integer access = row.integer("AccessVlanId", 0, HIGHEST_VLAN);
        Integer nativeVlan = row.integer("NativeVlanId", 0, HIGHEST_VLAN);
        return new VlanSetting(mode, access == null ? 0 : access, nativeVlan == null ? 0 : nativeVlan,
                mode == VlanMode.TRUNK ? allowed(row) : List.of());
    }

    /** A port ACL, or null when its action or direction is missing or unknown. */
    static PortAcl acl(JsonRow row) {
        AclAction action = row.enumValue("Action", AclAction.class, "the ACL is skipped");
        AclDirection direction = row.enumValue("Direction", AclDirection.class, "the ACL is skipped");
        if (action == null || direction == null) {
            if (row.get("Action") == null || row.get("Direction") == null) {
                row.warn(null, "an ACL without Action and Direction is skipped");
            }
            return null;
        }
        return new PortAcl(action, direction, strip(row.nonBlank("RemoteAddress")),
                strip(row.nonBlank("LocalAddress")));
    }

    /** {@code AllowedVlanIdList} (an array), else {@code AllowedVlanIdListString} ("10,20,30-40"). */
    private static List<Integer> allowed(JsonRow row) {
        TreeSet<Integer> ids = new TreeSet<>();
        JsonElement list = row.get("AllowedVlanIdList");
        JsonArray array = list == null ? null : JsonRow.asArray(list);
        if (array != null) {
            for (JsonElement element : array) {
                Long id = JsonRow.wholeNumber(element);
                if (id == null || id < 0 || id > HIGHEST_VLAN) {
                    row.warn("AllowedVlanIdList", "AllowedVlanIdList holds " + JsonRow.shown(element)
                            + ", not a VLAN id; skipped");
                } else {
                    ids.add(id.intValue());
                }
            }
            return List.copyOf(ids);
        }
        String text = row.text("AllowedVlanIdListString");
        if (text == null) {
            row.warn(list == null ? "AllowedVlanIdList" : null, "a trunk without a readable AllowedVlanIdList or"
                    + " AllowedVlanIdListString" + (list != null && JsonRow.isCut(list) ? " (the list was cut by"
                    + " ConvertTo-Json's -Depth)" : "") + " is read as allowing no VLAN");
        }
        for (String part : text == null ? new String[0] : text.split(",")) {
            if (!part.isBlank() && !addRange(ids, part.strip())) {
                row.warn("AllowedVlanIdListString", "\"" + part.strip() + "\" in AllowedVlanIdListString is not a"
                        + " VLAN id or range from 0 to " + HIGHEST_VLAN + "; skipped");
            }
        }
        return List.copyOf(ids);
    }

    private static boolean addRange(TreeSet<Integer> ids, String range) {
        String[] ends = range.split("-", -1);
        String first = ends[0].strip();
        String last = ends[ends.length - 1].strip();
        if (ends.length > 2 || !first.matches("\\d{1,4}") || !last.matches("\\d{1,4}")) {
            return false;
        }
        int from = Integer.parseInt(first);
        int to = Integer.parseInt(last);
        if (from > to || to > HIGHEST_VLAN) {
            return false;
        }
        for (int id = from; id <= to; id++) {
            ids.add(id);
        }
        return true;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
