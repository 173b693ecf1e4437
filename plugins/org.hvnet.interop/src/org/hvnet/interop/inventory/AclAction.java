// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code Action} of Get-VMNetworkAdapterAcl (Microsoft.HyperV.PowerShell.VMNetworkAdapterAclAction). */
public enum AclAction implements WindowsEnum {
    /** 1: let the packet pass. */
    ALLOW,
    /** 2: drop the packet (rule X-7). */
    DENY,
    /** 3: count the traffic only. */
    METER;

    @Override
    public int number() {
        return ordinal() + 1;
    }
}
