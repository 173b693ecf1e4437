// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.testing.HvnetTestFiles;

/** A copy of {@code examples/article.hvnet} in a test's temporary folder, opened as a diagram document. */
public final class ArticleCopy {

    private ArticleCopy() {
    }

    /** The article's text as in the repository. */
    public static String text() {
        return HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
    }

    /** Writes {@code text} as {@code name} in {@code dir} and opens it. */
    public static TopologyDocument open(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return TopologyDocument.open(file, HvnetTestFiles.injector());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the article into {@code dir} and opens it. */
    public static TopologyDocument open(Path dir) {
        return open(dir, "article.hvnet", text());
    }
}
