// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.stream.IntStream;

import org.hvnet.analysis.segments.SegmentAddressSlots;

/**
 * A set of IPv4 prefixes, asked for the most specific one that holds an address (rule T-8). Any set of prefixes is
 * laminar (two are nested or disjoint), so two addresses with the same most specific prefix lie in exactly the same
 * prefixes of the set: whatever is decided by membership in them is decided alike for both.
 */
final class PrefixFamily {

    /**
     * The prefixes as (length, network) pairs in one table of longs: asked for every port's source class and every
     * gateway walk's, where a set of boxed networks per length cost an {@code Integer} and scattered reads per length.
     */
    private final SegmentAddressSlots prefixes = new SegmentAddressSlots(64);
    private final boolean[] lengthUsed = new boolean[33];
    private int[] usedLengths = new int[0];

    /** Adds the prefix of {@code address} with {@code length} bits. */
    void add(int address, int length) {
        prefixes.add(length, address & AddressIndex.mask(length));
        lengthUsed[length] = true;
    }

    /** Call once every prefix is added: only the lengths some prefix has are looked up, longest first. */
    PrefixFamily seal() {
        usedLengths = IntStream.iterate(32, length -> length >= 0, length -> length - 1).filter(length -> lengthUsed[length]).toArray();
        return this;
    }

    /** True when the family has no prefix. */
    boolean isEmpty() {
        return usedLengths.length == 0;
    }

    /** The length of the most specific prefix holding {@code address}, or -1. */
    int mostSpecificLength(int address) {
        for (int length : usedLengths) {
            if (prefixes.contains(length, address & AddressIndex.mask(length))) {
                return length;
            }
        }
        return -1;
    }

    /** The most specific prefix holding {@code address} as one number (length and network), or 0 when none holds it. */
    long mostSpecific(int address) {
        int length = mostSpecificLength(address);
        return length < 0 ? 0 : ((long) (length + 1) << 32) | (address & AddressIndex.mask(length) & 0xFFFFFFFFL);
    }
}
