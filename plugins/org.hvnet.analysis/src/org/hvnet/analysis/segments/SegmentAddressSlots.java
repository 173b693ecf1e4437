// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.segments;

/**
 * A set of (segment, address) pairs as an open-addressing table of {@link SegmentAddressKey}s in one {@code long}
 * array, each pair at a slot that callers may use to index arrays of their own (rules A-2, T-3, T-4). A hash set or map
 * of boxed keys costs an object per key and a node per entry, scattered over the heap, on paths that ask for every
 * port; this keeps every question in one array. The table grows by doubling, which moves the slots: a caller that
 * indexes by slot claims every pair first.
 */
public final class SegmentAddressSlots {

    private long[] keys;
    private boolean[] used;
    private int size;

    /** A table for about {@code expected} pairs without growing. */
    public SegmentAddressSlots(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2) * 2; // load factor at most 1/2
        keys = new long[capacity];
        used = new boolean[capacity];
    }

    /** Adds the pair if it is new. */
    public void add(int segment, int address) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        claim(SegmentAddressKey.of(segment, address));
    }

    /** True when the pair was added. */
    public boolean contains(int segment, int address) {
        return slotOf(segment, address) >= 0;
    }

    /** The slot of the pair, or -1 when it was not added. */
    public int slotOf(int segment, int address) {
        long key = SegmentAddressKey.of(segment, address);
        int mask = keys.length - 1;
        for (int slot = start(key, mask); used[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return slot;
            }
        }
        return -1;
    }

    /** One more than the largest slot: the size of arrays indexed by slot. */
    public int capacity() {
        return keys.length;
    }

    private void claim(long key) {
        int mask = keys.length - 1;
        int slot = start(key, mask);
        while (used[slot]) {
            if (keys[slot] == key) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        keys[slot] = key;
        size++;
    }

    private static int start(long key, int mask) {
        return (int) (key >>> 32 ^ key) & mask; // the key is already spread by SegmentAddressKey
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldUsed[slot]) {
                claim(oldKeys[slot]);
            }
        }
    }
}
