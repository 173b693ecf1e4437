// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * One step of a trace (rule T-7): where ({@code Web01.eth0}, {@code HV01.Lab}, {@code Office}, {@code HV01},
 * {@code internet}), what kind of step ({@code interface}, {@code switch}, {@code network}, {@code hypervisor},
 * {@code router}, {@code nat}, {@code internet}) and what happened there.
 */
public record Hop(String at, String kind, String detail) {
}
