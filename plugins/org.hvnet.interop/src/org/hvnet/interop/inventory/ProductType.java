// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code OsProductType} of Get-ComputerInfo, {@code ProductType} of Win32_OperatingSystem. */
public enum ProductType implements WindowsEnum {
    /** 0: not known (Get-ComputerInfo may say so). */
    UNKNOWN,
    /** 1: a client (Windows 10, 11): Hyper-V there is the client platform. */
    WORK_STATION,
    /** 2: a server that is a domain controller. */
    DOMAIN_CONTROLLER,
    /** 3: a server. */
    SERVER;

    @Override
    public int number() {
        return ordinal();
    }

    /** True for a client edition of Windows. */
    public boolean isWorkstation() {
        return this == WORK_STATION;
    }
}
