// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.segments;

/**
 * One {@code long} per (segment, IPv4 address) pair, for hash maps and sets keyed by both (rules T-3, V-6, A-2). The
 * packed pair is multiplied by an odd constant, a bijection on 64 bits, so keys stay unique while their hash codes
 * spread: the same addresses recur on thousands of segments (every host's lab and isolated subnets), and the
 * packed pair alone would hash them into a few buckets.
 */
public final class SegmentAddressKey {

    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    private SegmentAddressKey() {
    }

    /** The key of {@code address} in {@code segment} (or of any two ints, such as a device and an address). */
    public static long of(int segment, int address) {
        return (((long) segment << 32) | (address & 0xFFFFFFFFL)) * SPREAD;
    }
}
