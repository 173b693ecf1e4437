// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code PrefixOrigin} of Get-NetIPAddress: where an address came from. */
public enum PrefixOrigin implements WindowsEnum {
    /** 0: another source, such as a VPN. */
    OTHER,
    /** 1: written by hand: a static address. */
    MANUAL,
    /** 2: well known: APIPA 169.254/16 on IPv4 (and IPv6 link-local). */
    WELL_KNOWN,
    /** 3: a DHCP lease. */
    DHCP,
    /** 4: an IPv6 router advertisement. */
    ROUTER_ADVERTISEMENT;

    @Override
    public int number() {
        return ordinal();
    }
}
