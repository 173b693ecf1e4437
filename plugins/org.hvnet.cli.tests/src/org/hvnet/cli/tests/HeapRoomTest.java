// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hvnet.cli.HeapRoom;
import org.junit.jupiter.api.Test;

/** When {@code hvnet install} writes its output while validating: only when the heap holds two models of the text. */
class HeapRoomTest {

    private static final long MB = 1024L * 1024;

    @Test
    void aDataCentreOfEightMegabytesNeedsTwoGigabytesOfHeap() {
        long dataCentre = 8_660_000; // 2,000 hosts x 20 VMs as the generator writes them
        assertFalse(HeapRoom.holdsTwoModels(1024 * MB, dataCentre)); // -Xmx1g: one after the other
        assertFalse(HeapRoom.holdsTwoModels(1536 * MB, dataCentre));
        assertTrue(HeapRoom.holdsTwoModels(2200 * MB, dataCentre));
        assertTrue(HeapRoom.holdsTwoModels(6 * 1024 * MB, dataCentre)); // a quarter of 24 GB, the JVM's default
    }

    @Test
    void labFilesAlwaysFitAndAnUnboundedHeapHoldsAnything() {
        assertTrue(HeapRoom.holdsTwoModels(64 * MB, 20_000));
        assertTrue(HeapRoom.holdsTwoModels(Long.MAX_VALUE, Long.MAX_VALUE / 2));
        assertFalse(HeapRoom.holdsTwoModels(64 * MB, 1024 * MB));
    }
}
