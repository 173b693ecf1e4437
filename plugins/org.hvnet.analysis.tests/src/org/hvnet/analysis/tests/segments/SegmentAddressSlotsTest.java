// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.tests.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.analysis.segments.SegmentAddressSlots;
import org.junit.jupiter.api.Test;

/** The primitive (segment, address) table behind taken DHCP addresses and the holders of an address (T-3, T-4). */
class SegmentAddressSlotsTest {

    @Test
    void keepsEveryPairThroughGrowingAndTellsPairsApart() {
        SegmentAddressSlots slots = new SegmentAddressSlots(2);
        int capacity = slots.capacity();
        for (int segment = 0; segment < 300; segment++) {
            slots.add(segment, 0x0A000001); // the same address in many segments, as every host's lab subnet
            slots.add(segment, 0x0A000001 + segment);
        }
        assertTrue(slots.capacity() > capacity, "it grew");
        for (int segment = 0; segment < 300; segment++) {
            assertTrue(slots.contains(segment, 0x0A000001));
            assertTrue(slots.contains(segment, 0x0A000001 + segment));
            assertFalse(slots.contains(segment, 0x0A000001 + segment + 1000));
        }
        assertFalse(slots.contains(300, 0x0A000001));
        assertTrue(slots.capacity() >= 2 * 599, "load factor at most 1/2");
    }

    @Test
    void aPairAddedTwiceKeepsItsSlotAndZeroIsAPairLikeAnyOther() {
        SegmentAddressSlots slots = new SegmentAddressSlots(4);
        assertFalse(slots.contains(0, 0));
        slots.add(0, 0);
        slots.add(1, 0);
        int slot = slots.slotOf(0, 0);
        slots.add(0, 0);
        assertEquals(slot, slots.slotOf(0, 0));
        assertNotEquals(slot, slots.slotOf(1, 0));
        assertEquals(-1, slots.slotOf(2, 0));
    }
}
