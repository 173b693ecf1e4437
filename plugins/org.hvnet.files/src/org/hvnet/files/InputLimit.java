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

    /** The limit in words: "32 MB". */
    static String text(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
