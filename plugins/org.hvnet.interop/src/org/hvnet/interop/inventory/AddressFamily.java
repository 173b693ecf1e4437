// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code AddressFamily} of Get-NetIPAddress, Get-NetRoute and Get-DnsClientServerAddress. */
public enum AddressFamily implements WindowsEnum {
    /** 2: IPv4, the only family HVNet models. */
    IPV4(2, "IPv4"),
    /** 23: IPv6. */
    IPV6(23, "IPv6");

    private final int number;
    private final String windowsName;

    AddressFamily(int number, String windowsName) {
        this.number = number;
        this.windowsName = windowsName;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String windowsName() {
        return windowsName;
    }
}
