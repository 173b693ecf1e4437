package org.hvnet.simulation.traffic;

import org.hvnet.simulation.segments.SegmentAddressKey;

/**
 * The ports that hold each address in each segment (rules T-3, T-4), as an open-addressing table: the
 * {@link SegmentAddressKey}s in one {@code long} array, the number of holders beside them, and the ports themselves
 * in one shared array, in port order. The walker and the reachability summary ask "how many ports hold this address
 * here?" for every port and every visited device; a hash map of boxed keys and port arrays cost four scattered reads
 * per question over about 100,000 entries, and grew slower per entry as the model grew.
 */
final class SegmentAddressPorts {

    private static final int[] NO_PORTS = new int[0];

    private final long[] keys;
    private final boolean[] used;
    private final int[] counts;
    private final int[] starts;
    private final int[] ports;

    /** Indexes {@code ports.length} ports, port {@code i} holding {@code addresses[i]} in {@code segments[i]} when {@code has[i]}. */
    SegmentAddressPorts(int[] segments, int[] addresses, boolean[] has) {
        int held = 0;
        for (boolean h : has) {
            held += h ? 1 : 0;
        }
        int capacity = Integer.highestOneBit(Math.max(4, held) * 2) * 2; // load factor at most 1/2
        keys = new long[capacity];
        used = new boolean[capacity];
        counts = new int[capacity];
        starts = new int[capacity];
        int[] slotOfPort = new int[has.length];
        for (int port = 0; port < has.length; port++) {
            if (has[port]) {
                int slot = claim(SegmentAddressKey.of(segments[port], addresses[port]));
                counts[slot]++;
                slotOfPort[port] = slot;
            }
        }
        int next = 0;
        for (int slot = 0; slot < capacity; slot++) {
            starts[slot] = next;
            next += counts[slot];
        }
        this.ports = new int[next];
        int[] filled = new int[capacity];
        for (int port = 0; port < has.length; port++) {
            if (has[port]) {
                int slot = slotOfPort[port];
                this.ports[starts[slot] + filled[slot]++] = port;
            }
        }
    }

    private int claim(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key >>> 32 ^ key) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        return slot;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int slot = (int) (key >>> 32 ^ key) & mask; used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    /** How many ports hold {@code address} in {@code segment}. */
    int count(int segment, int address) {
        int slot = find(SegmentAddressKey.of(segment, address));
        return slot < 0 ? 0 : counts[slot];
    }

    /** The ports that hold {@code address} in {@code segment}, in port order (a new array). */
    int[] ports(int segment, int address) {
        int slot = find(SegmentAddressKey.of(segment, address));
        if (slot < 0) {
            return NO_PORTS;
        }
        int[] result = new int[counts[slot]];
        System.arraycopy(ports, starts[slot], result, 0, result.length);
        return result;
    }
}
