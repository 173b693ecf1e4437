// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;

/** An input that cannot be read as a model (missing, not a regular file, too large, not UTF-8 text); the message names it. */
public class RefusedInputException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A refusal; {@code message} names the input. */
    public RefusedInputException(String message) {
        super(message);
    }
}
