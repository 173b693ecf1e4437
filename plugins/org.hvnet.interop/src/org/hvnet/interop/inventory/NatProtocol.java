// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code Protocol} of Get-NetNatStaticMapping: the IP protocol number. */
public enum NatProtocol implements WindowsEnum {
    /** 6: TCP. */
    TCP(6),
    /** 17: UDP. */
    UDP(17);

    private final int number;

    NatProtocol(int number) {
        this.number = number;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String windowsName() {
        return name();
    }
}
