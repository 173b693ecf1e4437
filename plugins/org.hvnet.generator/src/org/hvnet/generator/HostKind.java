// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

/** The kinds of host a generated data centre mixes, with their platform keyword. */
enum HostKind {
    /** Windows Server 2012 or later with Hyper-V installed. */
    HYPERV_2012("hyperv-2012"),
    /** Windows Server 2008 with Hyper-V installed. */
    HYPERV_2008("hyperv-2008"),
    /** A Hyper-V host whose role install is still planned (rule I-2 applies in the simulation). */
    PLANNED_2012("hyperv-2012"),
    /**
     * Windows Server 2016 or later with Hyper-V installed: never drawn by {@link #draw}, it is the kind of every host
     * that uses one of today's features ({@link TodaysShares}).
     */
    HYPERV_2016("hyperv-2016"),
    /** Virtual Server 2005: external and private networks, the latter with its DHCP service (rule S-5). */
    VIRTUAL_SERVER("virtual-server");

    private final String platform;

    HostKind(String platform) {
        this.platform = platform;
    }

    /** The DSL keyword of the platform. */
    String platform() {
        return platform;
    }

    /** The mix of a realistic estate: mostly 2012+, some 2008, a few planned installs and hosted products. */
    static HostKind draw(int percent) {
        if (percent < 62) {
            return HYPERV_2012;
        }
        if (percent < 84) {
            return HYPERV_2008;
        }
        if (percent < 92) {
            return PLANNED_2012;
        }
        return VIRTUAL_SERVER;
    }
}
