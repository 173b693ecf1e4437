// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code Direction} of Get-VMNetworkAdapterAcl (Microsoft.HyperV.PowerShell.VMNetworkAdapterAclDirection). */
public enum AclDirection implements WindowsEnum {
    /** 1: packets arriving at the NIC. */
    INBOUND,
    /** 2: packets leaving the NIC. */
    OUTBOUND,
    /** 3: both; Windows lists such a rule once per direction, the reader joins the two rows again. */
    BOTH;

    @Override
    public int number() {
        return ordinal() + 1;
    }
}
