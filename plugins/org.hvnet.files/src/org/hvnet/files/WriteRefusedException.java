// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;

/**
 * A write that HVNet refuses on purpose (a read-only or hard-linked file, a directory, a block device), with a
 * one-line message that names the file, says why and what to do instead.
 */
public class WriteRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A refusal; {@code message} names the file. */
    public WriteRefusedException(String message) {
        super(message);
    }
}
