// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.hvnet.analysis.segments.SegmentAddressKey;
import org.junit.jupiter.api.Test;

/** Keys of (segment, address) pairs (T-3, V-6, A-2): unique, and with hash codes that spread at data-centre scale. */
class SegmentAddressKeyTest {

    /** 2,000 hosts, each with the same 20 lab addresses 172.16.0.1..20 on its own segment, as generated models have. */
    @Test
    void theSameAddressesOnThousandsOfSegmentsGetUniqueKeysAndSpreadHashCodes() {
        Set<Long> keys = new HashSet<>();
        Set<Integer> hashCodes = new HashSet<>();
        int lab = (172 << 24) | (16 << 16);
        for (int segment = 0; segment < 2000; segment++) {
            for (int host = 1; host <= 20; host++) {
                long key = SegmentAddressKey.of(segment, lab | host);
                keys.add(key);
                hashCodes.add(Long.hashCode(key));
            }
        }
        assertEquals(40_000, keys.size(), "one key per pair");
        // the plain packed pair (segment << 32 | address) gives segment ^ address: about 2,000 distinct codes here
        assertTrue(hashCodes.size() > 39_000, "hash codes spread: " + hashCodes.size());
    }

    @Test
    void negativeAddressesAndLargeSegmentsStayApart() {
        assertTrue(SegmentAddressKey.of(1, -1) != SegmentAddressKey.of(-1, 1));
        assertTrue(SegmentAddressKey.of(0, 0xFFFFFFFF) != SegmentAddressKey.of(1, 0));
    }
}
