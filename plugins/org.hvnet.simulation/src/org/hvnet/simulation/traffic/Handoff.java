// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * A gateway device that forwards every destination it hands off to its default route the same way (T-8, see
 * {@link PacketWalker#handoff}): the port whose gateway takes the packet next, and the packet's source from there on
 * (translated when the device NATs it, T-6, X-1, X-2), or {@link #NOWHERE} when it drops them all.
 */
record Handoff(int port, int source) {

    /** The device drops every destination it would hand off, whatever the destination (T-1, T-3, T-5, X-7). */
    static final Handoff NOWHERE = new Handoff(-1, 0);

    /** True for {@link #NOWHERE}: no walk goes on from the device. */
    boolean nowhere() {
        return port < 0;
    }
}
