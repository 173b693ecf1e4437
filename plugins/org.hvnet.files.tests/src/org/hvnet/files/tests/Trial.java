// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/** What the writer tests share: files made with given permissions, the listing of a directory, shell commands. */
final class Trial {

    private Trial() {
    }

    /** Writes {@code text} to {@code file} with the permissions {@code mode} ({@code rw-rw-r--}). */
    static Path file(Path file, String text, String mode) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    /** The names in {@code directory}, sorted. */
    static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The permissions of {@code file} as {@code rw-r--r--}. */
    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** Runs a command to its end and fails when it fails. */
    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": exit " + process.exitValue());
        }
    }

    /** True when the tests run as root (who may give a file away, and write files that are not writable). */
    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }
}
