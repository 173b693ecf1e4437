// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** How much input the arguments name, for the progress line: {@code 1 file (8.2 MB)}. Never fails: unknown sizes count 0. */
final class InputSize {

    private InputSize() {
    }

    /** {@code N files (SIZE)} for the files and directories named. */
    static String describe(List<String> arguments) {
        long files = 0;
        long bytes = 0;
        for (String argument : arguments) {
            try {
                Path path = Path.of(argument);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> children = Files.list(path)) {
                        for (Path child : children.filter(p -> p.toString().endsWith(".hvnet") && Files.isRegularFile(p)).toList()) {
                            files++;
                            bytes += Files.size(child);
                        }
                    }
                } else {
                    files++;
                    bytes += Files.isRegularFile(path) ? Files.size(path) : 0;
                }
            } catch (IOException | RuntimeException e) {
                files++; // the loader says what is wrong with it
            }
        }
        return Progress.count(files, "file") + " (" + size(bytes) + ")";
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
