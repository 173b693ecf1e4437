// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A set of IPv4 prefixes, asked for the most specific one that holds an address (rule T-8). Any set of prefixes is
 * laminar (two are nested or disjoint), so two addresses with the same most specific prefix lie in exactly the same
 * prefixes of the set: whatever is decided by membership in them is decided alike for both.
 */
final class PrefixFamily {

    @SuppressWarnings("unchecked")
    private final Set<Integer>[] networksByLength = new Set[33];
    private int[] usedLengths = new int[0];

    PrefixFamily() {
        for (int i = 0; i <= 32; i++) {
            networksByLength[i] = new HashSet<>();
        }
    }

    /** Adds the prefix of {@code address} with {@code length} bits. */
    void add(int address, int length) {
        networksByLength[length].add(address & AddressIndex.mask(length));
    }

    /** Call once every prefix is added: only the lengths some prefix has are looked up, longest first. */
    PrefixFamily seal() {
        usedLengths = IntStream.iterate(32, length -> length >= 0, length -> length - 1).filter(length -> !networksByLength[length].isEmpty())
                .toArray();
        return this;
    }

    /** True when the family has no prefix. */
    boolean isEmpty() {
        return usedLengths.length == 0;
    }

    /** The length of the most specific prefix holding {@code address}, or -1. */
    int mostSpecificLength(int address) {
        for (int length : usedLengths) {
            if (networksByLength[length].contains(address & AddressIndex.mask(length))) {
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
