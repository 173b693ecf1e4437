// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

/** {@code State} of Get-VM (Microsoft.HyperV.PowerShell.VMState). */
public enum VmState implements WindowsEnum {
    /** 1: another state. */
    OTHER(1),
    /** 2: running: its NICs report their addresses. */
    RUNNING(2),
    /** 3: off: reports nothing. */
    OFF(3),
    /** 4: shutting down. */
    STOPPING(4),
    /** 6: saved to disk. */
    SAVED(6),
    /** 9: paused. */
    PAUSED(9),
    /** 10: starting. */
    STARTING(10),
    /** 11: being reset. */
    RESET(11),
    /** 32773: being saved. */
    SAVING(32773),
    /** 32776: being paused. */
    PAUSING(32776),
    /** 32777: resuming. */
    RESUMING(32777),
    /** 32779: fast-saved. */
    FAST_SAVED(32779),
    /** 32780: being fast-saved. */
    FAST_SAVING(32780),
    /** 32781: forced shutdown. */
    FORCE_SHUTDOWN(32781),
    /** 32782: forced reboot. */
    FORCE_REBOOT(32782),
    /** 32783: hibernated. */
    HIBERNATED(32783),
    /** 32784: being serviced. */
    COMPONENT_SERVICING(32784),
    /** 32785: running, storage in a critical state. */
    RUNNING_CRITICAL(32785),
    /** 32786: off, critical. */
    OFF_CRITICAL(32786),
    /** 32787: stopping, critical. */
    STOPPING_CRITICAL(32787),
    /** 32788: saved, critical. */
    SAVED_CRITICAL(32788),
    /** 32789: paused, critical. */
    PAUSED_CRITICAL(32789),
    /** 32790: starting, critical. */
    STARTING_CRITICAL(32790),
    /** 32791: reset, critical. */
    RESET_CRITICAL(32791),
    /** 32792: saving, critical. */
    SAVING_CRITICAL(32792),
    /** 32793: pausing, critical. */
    PAUSING_CRITICAL(32793),
    /** 32794: resuming, critical. */
    RESUMING_CRITICAL(32794),
    /** 32795: fast-saved, critical. */
    FAST_SAVED_CRITICAL(32795),
    /** 32796: fast-saving, critical. */
    FAST_SAVING_CRITICAL(32796);

    private final int number;

    VmState(int number) {
        this.number = number;
    }

    @Override
    public int number() {
        return number;
    }

    /** True when the VM runs and so reports its addresses. */
    public boolean isRunning() {
        return this == RUNNING || this == RUNNING_CRITICAL;
    }
}
