// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * A gateway device that forwards every destination it hands off to its default route the same way (T-8, see
 * {@link PacketWalker#handoff}): the port whose gateway takes the packet next, and the packet's source from there on
 * (translated when the device NATs it, T-6, X-1, X-2).
 */
record Handoff(int port, int source) {
}
