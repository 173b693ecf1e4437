// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.hvnet.interop.inventory.InventoryReading;

/**
 * Turns an inventory's bytes or directory into an {@link InventoryReading}: the document read, then typed, each
 * problem logged. A fault in the reader itself becomes an error that says so, rather than an exception.
 */
public final class InventoryReadingBuilder {

    /** The largest inventory read, in bytes. */
    public static final long LARGEST = DocumentReader.LARGEST;

    private InventoryReadingBuilder() {
    }

    /** The reading of one file's bytes; {@code source} is the file's name. */
    public static InventoryReading ofBytes(String file, String source, byte[] bytes) {
        ProblemLog log = new ProblemLog();
        try {
            Optional<InventoryDocument> document = DocumentReader.ofBytes(file, source, bytes, log);
            return reading(document, log);
        } catch (RuntimeException | StackOverflowError e) {
            return internal(file, e, log);
        }
    }

    /** The reading of a directory of {@code <cmdlet>.json} files. */
    public static InventoryReading ofDirectory(Path directory) throws IOException {
        ProblemLog log = new ProblemLog();
        try {
            return reading(DocumentReader.ofDirectory(directory, log), log);
        } catch (RuntimeException | StackOverflowError e) {
            return internal(directory.toString(), e, log);
        }
    }

    /** The reading of a file larger than {@link #LARGEST}. */
    public static InventoryReading tooLarge(String file, long size) {
        ProblemLog log = new ProblemLog();
        log.error(file, null, DocumentReader.tooLarge(size));
        return new InventoryReading(null, log.problems());
    }

    /** The reading of a file or directory that could not be read. */
    public static InventoryReading unreadable(String file, Exception e) {
        ProblemLog log = new ProblemLog();
        log.error(file, null, e instanceof NoSuchFileException ? "no such file or directory"
                : "cannot be read: " + e.getMessage());
        return new InventoryReading(null, log.problems());
    }

    private static InventoryReading reading(Optional<InventoryDocument> document, ProblemLog log) {
        if (document.isEmpty() || log.hasErrors()) {
            return new InventoryReading(null, log.problems());
        }
        return new InventoryReading(InventoryAssembler.assemble(document.get(), log), log.problems());
    }

    private static InventoryReading internal(String file, Throwable e, ProblemLog log) {
        log.error(file, null, "internal error while reading the inventory (please report it with the file): " + e);
        return new InventoryReading(null, log.problems());
    }
}
