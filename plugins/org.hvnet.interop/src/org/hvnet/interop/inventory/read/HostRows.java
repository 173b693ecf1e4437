// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.List;

import org.hvnet.interop.inventory.HostOs;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.ProductType;
import org.hvnet.interop.inventory.VmHost;

/** Reads the host itself: Get-ComputerInfo, Win32_OperatingSystem and Get-VMHost. */
final class HostRows {

    private HostRows() {
    }

    /** Get-ComputerInfo's first row, or null. */
    static HostOs computerInfo(List<JsonRow> rows) {
        JsonRow row = single(rows, InventoryKey.GET_COMPUTER_INFO);
        if (row == null) {
            return null;
        }
        String version = row.text("OsVersion");
        String caption = row.text(row.firstPresent("OsName", "WindowsProductName"));
        return new HostOs(row.text("CsName"), caption == null ? null : caption.strip(), version,
                build(row, "OsBuildNumber", version), row.enumValue("OsProductType", ProductType.class),
                InventoryKey.GET_COMPUTER_INFO);
    }

    /** Win32_OperatingSystem's first row, or null. */
    static HostOs operatingSystem(List<JsonRow> rows) {
        JsonRow row = single(rows, InventoryKey.WIN32_OPERATING_SYSTEM);
        if (row == null) {
            return null;
        }
        String version = row.text("Version");
        String caption = row.text("Caption");
        return new HostOs(row.text("CSName"), caption == null ? null : caption.strip(), version,
                build(row, "BuildNumber", version), row.enumValue("ProductType", ProductType.class),
                InventoryKey.WIN32_OPERATING_SYSTEM);
    }

    /** Get-ComputerInfo's values, each missing one taken from Win32_OperatingSystem (either may be null). */
    static HostOs merged(HostOs first, HostOs second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return new HostOs(or(first.computerName(), second.computerName()), or(first.caption(), second.caption()),
                or(first.version(), second.version()), or(first.build(), second.build()),
                or(first.productType(), second.productType()), first.key());
    }

    /** Get-VMHost's first row, or null. */
    static VmHost vmHost(List<JsonRow> rows) {
        JsonRow row = single(rows, InventoryKey.GET_VM_HOST);
        if (row == null) {
            return null;
        }
        return new VmHost(row.text(row.firstPresent("ComputerName", "Name")), row.mac("MacAddressMinimum"),
                row.mac("MacAddressMaximum"));
    }

    private static JsonRow single(List<JsonRow> rows, InventoryKey key) {
        if (rows.size() > 1) {
            rows.get(1).warn(null, key.cmdlet() + " has " + rows.size() + " rows for one host; the first is read");
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The build: the build number property, else the third part of the version (10.0.20348). */
    private static Integer build(JsonRow row, String property, String version) {
        Integer build = row.integer(property, 0, Integer.MAX_VALUE);
        if (build == null && version != null) {
            String[] parts = version.strip().split("\\.");
            if (parts.length >= 3 && parts[2].matches("\\d{1,9}")) {
                build = Integer.valueOf(parts[2]);
            }
        }
        return build;
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
