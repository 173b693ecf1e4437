// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The destination classes a reachability summary walks to (rule T-8), ordered by the address that stands for each,
 * so that the classes inside a device's subnets are found by binary search, not by a pass over every class. A
 * source class walks only to the classes on its device's subnets, and a gateway that hands off walks only to the
 * classes its device does not hand off; with a pass over every class for each, the summary grew with the sources
 * times the physical networks (each network adds a class), faster than the model.
 */
final class TargetsByAddress {

    private static final int LINK_LOCAL = (169 << 24) | (254 << 16);

    private final int[] targets;
    private final long[] addresses;
    private final boolean[] picked;
    private int[] found = new int[16];

    /** Orders {@code targets} (destination classes, each once) by {@code address}, the address that stands for a class. */
    TargetsByAddress(int[] targets, IntUnaryOperator address) {
        long[] sorted = new long[targets.length];
        int largest = -1;
        for (int i = 0; i < targets.length; i++) {
            // the sign bit flipped, so that the signed sort orders addresses as unsigned numbers
            sorted[i] = (((address.applyAsInt(targets[i]) & 0xFFFFFFFFL) << 32) | targets[i]) ^ Long.MIN_VALUE;
            largest = Math.max(largest, targets[i]);
        }
        Arrays.sort(sorted);
        this.targets = new int[targets.length];
        this.addresses = new long[targets.length];
        for (int i = 0; i < sorted.length; i++) {
            long entry = sorted[i] ^ Long.MIN_VALUE;
            this.targets[i] = (int) entry;
            this.addresses[i] = entry >>> 32;
        }
        picked = new boolean[largest + 1];
    }

    /**
     * The classes, each once, whose address lies in the subnet of a port of {@code device} with an address (and in
     * the link-local range when {@code linkLocal}). These are exactly the classes a sender of the device does not send
     * off its subnets ({@link PacketWalker#offSubnets}: the device has a connected port for them, DeviceRoutes
     * reading the same ports and masks), and, with {@code linkLocal}, those the device does not hand off
     * ({@link PacketWalker#handsOff}); so no class needs asking again (with 127 classes at 2,000 hosts of today's
     * Hyper-V that test was most of the time of this search).
     */
    int[] inSubnetsOf(int device, boolean linkLocal, NetworkSnapshot net, AddressPlan plan) {
        int count = 0;
        for (int port : net.devicePorts(device)) {
            if (plan.hasAddress(port)) {
                count = collect(plan.address(port), plan.prefix(port), count);
            }
        }
        if (linkLocal) {
            count = collect(LINK_LOCAL, 16, count);
        }
        int[] result = Arrays.copyOf(found, count);
        for (int i = 0; i < count; i++) {
            picked[found[i]] = false;
        }
        return result;
    }

    private int collect(int address, int prefix, int count) {
        int mask = AddressIndex.mask(prefix);
        long low = (address & mask) & 0xFFFFFFFFL;
        long high = low | (~mask & 0xFFFFFFFFL);
        int filled = count;
        for (int i = firstAtLeast(low); i < addresses.length && addresses[i] <= high; i++) {
            int target = targets[i];
            if (!picked[target]) {
                picked[target] = true;
                if (filled == found.length) {
                    found = Arrays.copyOf(found, filled * 2);
                }
                found[filled++] = target;
            }
        }
        return filled;
    }

    private int firstAtLeast(long address) {
        int low = 0;
        int high = addresses.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (addresses[middle] < address) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
