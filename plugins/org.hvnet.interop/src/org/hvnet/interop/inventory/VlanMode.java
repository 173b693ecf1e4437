// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code OperationMode} of Get-VMNetworkAdapterVlan (Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanMode). */
public enum VlanMode implements WindowsEnum {
    /** 0: no VLAN tag (the default). */
    UNTAGGED,
    /** 1: one VLAN, {@code AccessVlanId}. */
    ACCESS,
    /** 2: the allowed list, untagged frames in {@code NativeVlanId}. */
    TRUNK,
    /** 3: a private VLAN (primary and secondary ids). */
    PRIVATE;

    @Override
    public int number() {
        return ordinal();
    }
}
