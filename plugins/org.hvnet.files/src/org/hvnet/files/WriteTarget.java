// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a write lands: the file a name leads to (symbolic links followed, so the link stays and its target is
 * written), and how it is written: replaced atomically (a regular file, or a new one) or written in place (a
 * character device such as {@code /dev/null}, a pipe, or standard output named through {@code /dev/stdout}).
 */
record WriteTarget(Path file, Kind kind) {

    /** How the target is written. */
    enum Kind {
        /** No file yet: created atomically. */
        NEW,
        /** A regular file: replaced atomically, its attributes kept. */
        REGULAR,
        /** A device, a pipe, or a descriptor of the process: written in place, never renamed over. */
        IN_PLACE
    }

    private static final int MAX_LINKS = 40;

    /** Resolves {@code given}. */
    static WriteTarget of(Path given) throws IOException {
        Path current = given.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new WriteRefusedException(given + ": not written: too many levels of symbolic links");
            }
            if (isDescriptor(current)) {
                return inPlace(given, given);
            }
            current = physicalDirectory(given, current).resolve(Files.readSymbolicLink(current));
        }
        if (isDescriptor(current)) {
            return inPlace(given, current);
        }
        if (!Files.exists(current)) {
            return new WriteTarget(physicalDirectory(given, current).resolve(current.getFileName()), Kind.NEW);
        }
        BasicFileAttributes attributes = Files.readAttributes(current, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return new WriteTarget(current.toRealPath(), Kind.REGULAR);
        }
        return inPlace(given, current);
    }

    /** A file the process already holds open ({@code /proc/self/fd/1}, {@code /dev/fd/1}): the kernel resolves it. */
    private static boolean isDescriptor(Path path) {
        String text = path.toString().replace('\\', '/');
        return text.startsWith("/dev/fd/") || text.startsWith("/proc/") && path.getParent() != null
                && path.getParent().getFileName() != null && path.getParent().getFileName().toString().equals("fd");
    }

    private static WriteTarget inPlace(Path given, Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new WriteRefusedException(given + ": not written: it names a closed or missing file descriptor");
        }
        if (attributes.isDirectory()) {
            throw new WriteRefusedException(given + ": not written: it is a directory (name a file)");
        }
        String kind = attributes.isOther() ? SpecialFiles.kind(file) : "regular file";
        if (kind.equals(SpecialFiles.BLOCK_DEVICE) || kind.equals(SpecialFiles.SOCKET)) {
            throw new WriteRefusedException(given + ": not written: it is a " + kind + " (name a regular file, a pipe or a character device)");
        }
        return new WriteTarget(file, Kind.IN_PLACE);
    }

    /** The directory holding {@code path}, with its own symbolic links resolved. */
    private static Path physicalDirectory(Path given, Path path) throws IOException {
        Path directory = path.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new WriteRefusedException(given + ": not written: no such directory " + directory);
        }
        return directory.toRealPath();
    }
}
