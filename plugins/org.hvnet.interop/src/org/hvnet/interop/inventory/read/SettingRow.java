// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

/**
 * A row of a per-NIC cmdlet (Get-VMNetworkAdapterVlan, Get-VMNetworkAdapterAcl): the NIC it is about and its value.
 *
 * @param <T> the setting
 * @param adapter the NIC the row names
 * @param setting what the row says
 * @param place where the row stands
 */
record SettingRow<T>(AdapterRef adapter, T setting, JsonPlace place) {
}
