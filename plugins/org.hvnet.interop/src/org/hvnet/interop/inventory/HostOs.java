// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/**
 * The host's operating system, from Get-ComputerInfo ({@code CsName}, {@code OsName}, {@code OsVersion},
 * {@code OsBuildNumber}, {@code OsProductType}) or Win32_OperatingSystem ({@code CSName}, {@code Caption},
 * {@code Version}, {@code BuildNumber}, {@code ProductType}); the build and product type decide the platform.
 *
 * @param computerName the host's name, or null when Windows did not say
 * @param caption the product name as Windows reports it (Windows 11 may say "Windows 10"), or null
 * @param version the version, e.g. {@code 10.0.20348}, or null
 * @param build the build number, e.g. 20348, or null when neither the build nor the version says it
 * @param productType workstation, domain controller or server, or null
 * @param key the inventory key it was read from
 */
public record HostOs(String computerName, String caption, String version, Integer build, ProductType productType,
        InventoryKey key) {
}
