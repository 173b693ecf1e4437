// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes result and model files whole: to a temporary file beside the target, then moved into place. */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** Replaces {@code file} with {@code bytes} in one atomic move. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
