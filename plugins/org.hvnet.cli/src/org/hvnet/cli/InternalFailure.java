// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.PrintStream;

/**
 * What the command says when a subcommand fails inside (a bug, or the Java heap is full): one line on standard error,
 * and exit code {@link ExitCode#INTERNAL} — never the bad-usage code, since the user's arguments were fine. The stack
 * trace follows the line only with {@code --debug}.
 */
public final class InternalFailure {

    private InternalFailure() {
    }

    /** Prints the line for {@code failure} of subcommand {@code command} and returns {@link ExitCode#INTERNAL}. */
    public static int report(String command, Throwable failure, PrintStream err) {
        return report(command, failure, err, false);
    }

    /** As {@link #report(String, Throwable, PrintStream)}; with {@code debug}, the stack trace follows the line. */
    public static int report(String command, Throwable failure, PrintStream err, boolean debug) {
        err.println(line(command, failure, Runtime.getRuntime().maxMemory()));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /**
     * The line: out of memory with how to give the command more (its heap was {@code maxHeapBytes}), also when a
     * library wrapped the {@link OutOfMemoryError} (Xtext's parser does), else an internal error.
     */
    public static String line(String command, Throwable failure, long maxHeapBytes) {
        if (outOfMemory(failure)) {
            long megabytes = maxHeapBytes / (1024 * 1024);
            return "hvnet " + command + ": out of memory: the model needs more than the " + megabytes + " MB the Java heap may use;"
                    + " give it more, e.g. HVNET_JAVA_OPTS=-Xmx" + suggestedGigabytes(megabytes) + "g ./hvnet " + command + " ...";
        }
        return "hvnet " + command + ": internal error: " + failure + " (please report this; --debug prints the stack trace)";
    }

    private static boolean outOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** A heap about twice as big, in whole gigabytes (at least 2). */
    private static long suggestedGigabytes(long megabytes) {
        return Math.max(2, (2 * megabytes + 1023) / 1024);
    }
}
