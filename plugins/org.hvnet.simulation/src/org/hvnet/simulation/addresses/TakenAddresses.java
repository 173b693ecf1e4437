package org.hvnet.simulation.addresses;

import org.hvnet.simulation.segments.SegmentAddressKey;

/**
 * The (segment, address) pairs already given out while planning addresses (rules ): an open-addressing set of
 * {@link SegmentAddressKey}s in one {@code long} array. A set of boxed keys made an object per address and a node per
 * entry, scattered over the heap; this one keeps every lookup in one array that grows by doubling.
 */
final class TakenAddresses {

    /** 0 is a key too (segment 0, address 0.0.0.0); it is kept apart so that 0 can mark a free slot. */
    private static final long FREE = 0L;

    private long[] slots = new long[1 << 10];
    private int size;
    private boolean zeroTaken;

    /** Marks {@code address} taken in {@code segment}. */
    void add(int segment, int address) {
        long key = SegmentAddressKey.of(segment, address);
        if (key == FREE) {
            zeroTaken = true;
            return;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, key)) {
            size++;
        }
    }

    /** True when {@code address} is taken in {@code segment}. */
    boolean contains(int segment, int address) {
        long key = SegmentAddressKey.of(segment, address);
        if (key == FREE) {
            return zeroTaken;
        }
        int mask = slots.length - 1;
        for (int slot = slotOf(key, mask); slots[slot] != FREE; slot = (slot + 1) & mask) {
            if (slots[slot] == key) {
                return true;
            }
        }
        return false;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int slot = slotOf(key, mask);
        while (table[slot] != FREE) {
            if (table[slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        return true;
    }

    private static int slotOf(long key, int mask) {
        return (int) (key >>> 32 ^ key) & mask; // the key is already spread by SegmentAddressKey
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long key : slots) {
            if (key != FREE) {
                insert(larger, key);
            }
        }
        slots = larger;
    }
}
