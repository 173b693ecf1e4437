// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

/** An input that cannot be read at all (missing, a directory without access, not text); commands exit 2. */
public class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A one-line message that names the input. */
    public UnreadableInputException(String message) {
        super(message);
    }
}
