// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one writer of every file HVNet writes (the command's outputs, {@code format --write}, the diagram's edits and
 * layout files, the workbench's generated files): a regular file is written completely or not at all, into a
 * temporary file beside it that is flushed to disk and renamed over it, keeping its permissions, owner and group;
 * a symbolic link keeps pointing at the file it names, which is written; a device or a pipe ({@code /dev/null},
 * {@code /dev/stdout}) is written in place, never replaced. It refuses, with a message saying why, a read-only
 * file, a file with several hard links (replacing it would leave the other names with the old text), a directory
 * and a block device.
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /** Writes {@code text} in UTF-8 to {@code file}. */
    public static void write(Path file, CharSequence text) throws IOException {
        write(file, FileContent.utf8(text));
    }

    /** Writes {@code content} to {@code file}. */
    public static void write(Path file, FileContent content) throws IOException {
        WriteTarget target = WriteTarget.of(file);
        if (target.kind() == WriteTarget.Kind.IN_PLACE) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target.file(), StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), 1 << 16)) {
                content.writeTo(out);
            }
            return;
        }
        KeptAttributes kept = target.kind() == WriteTarget.Kind.REGULAR ? WritePermission.check(file, target.file()) : null;
        if (target.kind() == WriteTarget.Kind.NEW) {
            WritePermission.checkDirectory(file, target.file().getParent());
        }
        TemporaryFiles.removeStale(target.file());
        Path temporary = TemporaryFiles.create(target.file(), kept != null);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (kept != null) {
                kept.applyTo(temporary);
            }
            Replacement.move(temporary, target.file());
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Checks, without writing, that {@code file} would be written: what {@link #write} refuses, it refuses here
     * with the same message (the diagram server checks its files before it serves them).
     */
    public static void checkWritable(Path file) throws IOException {
        WriteTarget target = WriteTarget.of(file);
        if (target.kind() == WriteTarget.Kind.REGULAR) {
            WritePermission.check(file, target.file());
        } else if (target.kind() == WriteTarget.Kind.NEW) {
            WritePermission.checkDirectory(file, target.file().getParent());
        }
    }
}
