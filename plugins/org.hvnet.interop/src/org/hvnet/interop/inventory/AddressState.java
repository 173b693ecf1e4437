// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code AddressState} of Get-NetIPAddress: the duplicate address detection state. */
public enum AddressState implements WindowsEnum {
    /** 0: not valid, not used. */
    INVALID,
    /** 1: being checked for uniqueness, not used yet. */
    TENTATIVE,
    /** 2: another host has it; not used. */
    DUPLICATE,
    /** 3: kept for existing connections only. */
    DEPRECATED,
    /** 4: valid and in use. */
    PREFERRED;

    @Override
    public int number() {
        return ordinal();
    }
}
