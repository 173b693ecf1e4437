// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import org.hvnet.interop.inventory.VmNetworkAdapter;

/**
 * A NIC of Get-VMNetworkAdapter as read, before the per-NIC cmdlets are applied.
 *
 * @param adapter the NIC with its nested VlanSetting and AclList (when they were there)
 * @param row the row it was read from (for warnings about it)
 * @param aclsNested true when the row had a usable nested AclList
 */
record AdapterRow(VmNetworkAdapter adapter, JsonRow row, boolean aclsNested) {
}
