// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.PrintStream;

/**
 * The phases of a run, shown while they run on standard error when it is a terminal, never when it is piped: one
 * status line ({@code hvnet: validating 2,000 hosts…}) rewritten by each phase and erased before results print.
 */
public final class Progress {

    private static final String ERASE_LINE = "\r\u001b[K";

    private final PrintStream err;
    private final boolean shown;
    private boolean showing;

    /** Progress on {@code err}, shown only when {@code terminal} is true. */
    public Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.shown = terminal;
    }

    /** True when phases are shown. */
    public boolean shown() {
        return shown;
    }

    /** Shows the phase that starts now, e.g. {@code reading 1 file (8.2 MB)}. */
    public synchronized void phase(String text) {
        if (shown) {
            err.print(ERASE_LINE + "hvnet: " + text + "\u2026");
            err.flush();
            showing = true;
        }
    }

    /** Erases the status line: call before printing results. */
    public synchronized void done() {
        if (showing) {
            err.print(ERASE_LINE);
            err.flush();
            showing = false;
        }
    }

    /** A count with thousands separators: {@code 92,428}. */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** A count and its noun, plural unless one: {@code 2,000 hosts}. */
    public static String count(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
