// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.analysis.segments.SegmentAddressSlots;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The ports that hold each address in each segment (rules T-3, T-4): the pairs in a {@link SegmentAddressSlots}
 * table, and per slot how many ports hold the pair and the first of them in port order. The walker and the
 * reachability summary ask "how many ports hold this address here, and which one if only one?" for every port and
 * every visited device; a hash map of boxed keys and port arrays cost four scattered reads per question over about
 * 100,000 entries, and grew slower per entry as the model grew.
 */
final class SegmentAddressPorts {

    private final SegmentAddressSlots pairs;
    private final int[] counts;
    private final int[] firstPorts;
    /** By port: the slot of its own (segment, address) pair, -1 without an address (asked for every port: no hashing). */
    private final int[] slotOfPort;

    /** Indexes the ports of {@code net} that have an address in {@code plan}. */
    SegmentAddressPorts(NetworkSnapshot net, AddressPlan plan) {
        pairs = new SegmentAddressSlots(net.portCount());
        for (int port = 0; port < net.portCount(); port++) {
            if (plan.hasAddress(port)) {
                pairs.add(net.segment(port), plan.address(port));
            }
        }
        counts = new int[pairs.capacity()];
        firstPorts = new int[pairs.capacity()];
        slotOfPort = new int[net.portCount()];
        for (int port = 0; port < net.portCount(); port++) {
            slotOfPort[port] = -1;
            if (plan.hasAddress(port)) {
                int slot = pairs.slotOf(net.segment(port), plan.address(port));
                slotOfPort[port] = slot;
                if (counts[slot]++ == 0) {
                    firstPorts[slot] = port;
                }
            }
        }
    }

    /** How many ports hold {@code address} in {@code segment}. */
    int count(int segment, int address) {
        int slot = pairs.slotOf(segment, address);
        return slot < 0 ? 0 : counts[slot];
    }

    /** How many ports hold the address of {@code port} in its segment (0 when it has no address): {@link #count} by index. */
    int countOwn(int port) {
        int slot = slotOfPort[port];
        return slot < 0 ? 0 : counts[slot];
    }

    /** The port that holds {@code address} in {@code segment} when exactly one does, else -1. */
    int onlyHolder(int segment, int address) {
        int slot = pairs.slotOf(segment, address);
        return slot < 0 || counts[slot] != 1 ? -1 : firstPorts[slot];
    }
}
