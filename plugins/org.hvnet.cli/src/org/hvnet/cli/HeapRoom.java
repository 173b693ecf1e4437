// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

/**
 * Whether the JVM's heap has room for a second model beside the one loaded, so that a command may build it on another
 * thread while the first is validated. Measured at 2,000 hosts × 20 VMs (8.26 MB of text): {@code install -o} with the
 * validation's simulated copy and the installed copy alive at once needs about 2 GB (with 1 GB the collector takes more
 * CPU than the second thread saves), about 240 bytes of heap per byte of text; below that, one after the other.
 */
public final class HeapRoom {

    /** Bytes of heap that two models of one byte of .hvnet text take while both are alive. */
    static final long BYTES_PER_TEXT_BYTE_FOR_TWO = 256;

    private HeapRoom() {
    }

    /** True when a heap of {@code maxHeapBytes} holds two models of {@code textBytes} of .hvnet text at once. */
    public static boolean holdsTwoModels(long maxHeapBytes, long textBytes) {
        return maxHeapBytes == Long.MAX_VALUE || textBytes <= maxHeapBytes / BYTES_PER_TEXT_BYTE_FOR_TWO;
    }

    /** As {@link #holdsTwoModels(long, long)} for this JVM's heap limit. */
    public static boolean holdsTwoModels(long textBytes) {
        return holdsTwoModels(Runtime.getRuntime().maxMemory(), textBytes);
    }
}
