// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the command's file tests share: the names in a directory. */
final class HvnetFiles {

    private HvnetFiles() {
    }

    /** The names in {@code directory}, sorted. */
    static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
