// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.nio.file.Files;
import java.nio.file.Path;

/** What a file that is neither regular nor a directory is: a pipe, a character or block device, a socket. */
final class SpecialFiles {

    static final String FIFO = "FIFO (named pipe)";
    static final String CHARACTER_DEVICE = "character device";
    static final String BLOCK_DEVICE = "block device";
    static final String SOCKET = "socket";
    /** A special file on a system that does not say which kind (Windows: NUL, CON). */
    static final String DEVICE = "device";

    private static final int TYPE_MASK = 0170000;

    private SpecialFiles() {
    }

    /** The kind of the special file {@code file} (links followed). */
    static String kind(Path file) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(file, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException | java.io.IOException e) {
            return DEVICE; // no unix view (Windows, where special files are devices such as NUL), or its mode unreadable
        }
        switch (mode & TYPE_MASK) {
        case 0010000:
            return FIFO;
        case 0020000:
            return CHARACTER_DEVICE;
        case 0060000:
            return BLOCK_DEVICE;
        case 0140000:
            return SOCKET;
        default:
            return DEVICE;
        }
    }
}
