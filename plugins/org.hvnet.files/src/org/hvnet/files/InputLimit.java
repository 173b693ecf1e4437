// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

/**
 * How much model text one run reads, all files together: 32 MB by default (four times a generated data centre of
 * 2,000 hosts and 40,000 VMs, which takes about 1.2 GB of memory to load), or the system property
 * {@value #PROPERTY} (bytes). An input past it is refused before it is read, never read to an out-of-memory error.
 */
public final class InputLimit {

    /** The system property that sets the limit, in bytes. */
    public static final String PROPERTY = "hvnet.maxInputBytes";
    /** The limit when the property is not set. */
    public static final long DEFAULT_BYTES = 32L * 1024 * 1024;

    private static final long MOST = Integer.MAX_VALUE - 16;

    private InputLimit() {
    }

    /** The limit in force, in bytes. */
    public static long bytes() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_BYTES;
        }
        try {
            return Math.max(0, Math.min(MOST, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + " takes a number of bytes, not '" + value + "'", e);
        }
    }

    /** A size in words: "32 MB", "20.5 MB", "512 bytes". */
    static String text(long bytes) {
        long megabyte = 1024 * 1024;
        if (bytes % megabyte == 0) {
            return bytes / megabyte + " MB";
        }
        return bytes < megabyte ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) megabyte);
    }
}
