// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves a written temporary file over the file it replaces: one atomic rename where the file system has one
 * (every local file system HVNet runs on), so that a reader or a crash sees the old file or the new one, never a
 * mixture; then the directory is flushed to disk where the system allows it, so the rename survives a power cut.
 */
final class Replacement {

    private static final Logger LOG = Logger.getLogger(Replacement.class.getName());

    /** The suffix of the old file kept aside while a file system without atomic rename replaces it. */
    static final String OLD_SUFFIX = ".hvnet-old";

    private Replacement() {
    }

    /** Moves {@code temporary} to {@code file}, replacing it. */
    static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(Level.FINE, () -> file + ": no atomic rename here (" + e.getMessage() + "); the old file is kept aside until the new one is in place");
            moveKeepingTheOldAside(temporary, file);
        }
        syncDirectory(file.getParent());
    }

    /**
     * Without an atomic rename: the old file is renamed aside, the new one moved in, the old one removed. Should the
     * process die in between, the next write of the file puts the old one back ({@link TemporaryFiles#removeStale}).
     */
    private static void moveKeepingTheOldAside(Path temporary, Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.move(temporary, file);
            return;
        }
        String name = temporary.getFileName().toString();
        Path old = temporary.resolveSibling(name.substring(0, name.length() - TemporaryFiles.SUFFIX.length()) + OLD_SUFFIX);
        Files.move(file, old);
        try {
            Files.move(temporary, file);
        } catch (IOException e) {
            Files.move(old, file);
            throw e;
        }
        Files.delete(old);
    }

    /** Flushes the directory entry of a rename (Linux, macOS); Windows cannot open a directory, and needs not. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINEST, () -> directory + ": directory not synced (" + e.getMessage() + ")");
        }
    }
}
