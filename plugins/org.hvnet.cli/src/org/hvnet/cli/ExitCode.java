// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

/** The exit codes of every subcommand (DSL.md). */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** The model has errors, or an expectation failed. */
    public static final int MODEL_ERRORS = 1;
    /** Bad usage, or an input that cannot be read. */
    public static final int USAGE = 2;
    /** An internal error: a bug, or the Java heap ran out of memory; one line on standard error says which. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
