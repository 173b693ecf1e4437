// SPDX-License-Identifier: EPL-2.0
package org.hvnet.generator;

/**
 * One generated host as its VMs see it: its name and number, its physical network, its kind, whether it is sampled,
 * and the features of today's Hyper-V it uses.
 */
record HostPlan(String name, int number, int network, HostKind kind, boolean sampled, HostFeatures features) {

    /** True when the host has the internal switch {@code Lab} with a DHCP-server VM. */
    boolean hasLab() {
        return kind != HostKind.VIRTUAL_SERVER;
    }

    /** True when the host has the external switch {@code External} (a planned install creates it, unnamed). */
    boolean hasExternal() {
        return kind != HostKind.PLANNED_2012;
    }

    /** True when the private switch {@code Isolated} has a DHCP service (Virtual Server, rule S-5). */
    boolean isolatedHasDhcp() {
        return kind == HostKind.VIRTUAL_SERVER;
    }
}
