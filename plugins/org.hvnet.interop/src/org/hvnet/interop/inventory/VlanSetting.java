// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;

/**
 * A NIC's VLAN setting: a row of Get-VMNetworkAdapterVlan, or the {@code VlanSetting} nested in Get-VMNetworkAdapter
 * when the inventory has no row for the NIC (rule X-3).
 *
 * @param mode untagged, access, trunk or private
 * @param accessVlanId the VLAN of access mode (0 otherwise)
 * @param nativeVlanId the VLAN of untagged frames on a trunk (0 otherwise)
 * @param allowedVlanIds the VLANs a trunk carries, ascending (empty otherwise)
 */
public record VlanSetting(VlanMode mode, int accessVlanId, int nativeVlanId, List<Integer> allowedVlanIds) {

    /** Copies the allowed list. */
    public VlanSetting {
        allowedVlanIds = List.copyOf(allowedVlanIds);
    }
}
