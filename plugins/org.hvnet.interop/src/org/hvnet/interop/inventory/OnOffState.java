// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/**
 * {@code DhcpGuard}, {@code RouterGuard} and {@code MacAddressSpoofing} of Get-VMNetworkAdapter
 * (Microsoft.HyperV.PowerShell.OnOffState). Note that {@code On} is 0 and {@code Off} is 1.
 */
public enum OnOffState implements WindowsEnum {
    /** 0: on. */
    ON,
    /** 1: off (the default of every guard). */
    OFF;

    @Override
    public int number() {
        return ordinal();
    }
}
