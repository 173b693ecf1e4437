// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.interop.inventory.read.InventoryReadingBuilder;

/**
 * Reads one host's INVENTORY, as the collector writes it or as an administrator dumps it by hand: a JSON file whose
 * keys are cmdlets, or a directory of {@code <cmdlet>.json} files. Never throws for bad input: an unreadable,
 * truncated, foreign or oversized input is an error (and no inventory); anything the model will lack is a warning.
 */
public final class InventoryReader {

    private InventoryReader() {
    }

    /** Reads the inventory file or directory {@code path}. */
    public static InventoryReading read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return InventoryReadingBuilder.ofDirectory(path);
            }
            long size = Files.size(path);
            if (size > InventoryReadingBuilder.LARGEST) {
                return InventoryReadingBuilder.tooLarge(path.toString(), size);
            }
            return InventoryReadingBuilder.ofBytes(path.toString(), String.valueOf(path.getFileName()),
                    Files.readAllBytes(path));
        } catch (IOException | SecurityException e) {
            return InventoryReadingBuilder.unreadable(path.toString(), e);
        }
    }

    /** Reads an inventory file's {@code bytes}; {@code file} names it in messages (and gives the host a name). */
    public static InventoryReading read(String file, byte[] bytes) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return InventoryReadingBuilder.ofBytes(file, file.substring(slash + 1), bytes);
    }
}
