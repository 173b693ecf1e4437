// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code Store} of Get-NetIPAddress and Get-NetRoute: the same row may be reported once per store. */
public enum AddressStore implements WindowsEnum {
    /** 0: saved across restarts (the configuration). */
    PERSISTENT_STORE,
    /** 1: in effect now. */
    ACTIVE_STORE;

    @Override
    public int number() {
        return ordinal();
    }
}
