// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

/** Wrong arguments on the command line; the command prints the message and its usage, and exits 2. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A one-line message saying what is wrong. */
    public UsageException(String message) {
        super(message);
    }
}
