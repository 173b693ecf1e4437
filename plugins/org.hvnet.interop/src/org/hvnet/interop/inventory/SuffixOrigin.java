// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code SuffixOrigin} of Get-NetIPAddress: where the host part of an address came from. */
public enum SuffixOrigin implements WindowsEnum {
    /** 0: another source. */
    OTHER,
    /** 1: written by hand. */
    MANUAL,
    /** 2: well known. */
    WELL_KNOWN,
    /** 3: a DHCP lease. */
    DHCP,
    /** 4: from the link-layer address (APIPA and IPv6 link-local). */
    LINK,
    /** 5: random (IPv6 privacy addresses). */
    RANDOM;

    @Override
    public int number() {
        return ordinal();
    }
}
