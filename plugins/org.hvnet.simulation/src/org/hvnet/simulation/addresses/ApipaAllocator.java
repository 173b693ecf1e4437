// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.addresses;

import java.nio.charset.StandardCharsets;

import org.hvnet.analysis.segments.SegmentAddressSlots;

/**
 * Rule A-3: an APIPA address in 169.254.1.0 - 169.254.254.255, derived from the interface's qualified name
 * (FNV-1a hash) so that it is deterministic, and moved to the next free one until unique in its segment.
 */
public final class ApipaAllocator {

    /** 169.254.1.0, the first APIPA address. */
    static final int FIRST = (169 << 24) | (254 << 16) | (1 << 8);
    /** 254 blocks of 256 addresses. */
    static final int COUNT = 254 * 256;

    private ApipaAllocator() {
    }

    /** The APIPA address for {@code qualifiedName} not in {@code taken} (taken in that segment). */
    static int allocate(String qualifiedName, int segment, SegmentAddressSlots taken) {
        int start = Integer.remainderUnsigned(fnv1a(qualifiedName), COUNT);
        for (int i = 0; i < COUNT; i++) {
            int address = FIRST + (start + i) % COUNT;
            if (!taken.contains(segment, address)) {
                return address;
            }
        }
        return FIRST + start; // 65024 interfaces on one segment: give up on uniqueness
    }

    private static int fnv1a(String text) {
        int hash = 0x811C9DC5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return hash;
    }
}
