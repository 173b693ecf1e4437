// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code SwitchType} of Get-VMSwitch (Microsoft.HyperV.PowerShell.VMSwitchType). */
public enum SwitchType implements WindowsEnum {
    /** 0: VMs only; what Virtual PC and Virtual Server call "internal" (rule S-6). */
    PRIVATE,
    /** 1: VMs and the host, through a host vNIC (new with Hyper-V, rule S-6). */
    INTERNAL,
    /** 2: bound to physical NICs; the same name in every product (rule S-6). */
    EXTERNAL;

    @Override
    public int number() {
        return ordinal();
    }
}
