// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagram's file: an edit keeps the file's permissions and its byte order mark; a file of any name opens. */
class DocumentFileTest {

    @TempDir
    Path dir;

    @Test
    void anEditKeepsTheFilesPermissions() throws IOException {
        TopologyDocument document = ArticleCopy.open(dir);
        Files.setPosixFilePermissions(document.file(), PosixFilePermissions.fromString("rw-rw-r--"));
        document.write(document.text().replace("Web01", "Web02"));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(document.file())),
                "the diagram's old writer turned rw-rw-r-- into rw-------");
        assertTrue(Files.readString(document.file()).contains("Web02"));
    }

    @Test
    void aNotepadFileOpensAndKeepsItsByteOrderMarkThroughAnEdit() throws IOException {
        Path file = dir.resolve("notepad.hvnet");
        Files.write(file, ("\uFEFF" + ArticleCopy.text()).getBytes(StandardCharsets.UTF_8));
        TopologyDocument document = TopologyDocument.open(file, HvnetTestFiles.injector());
        assertFalse(document.hasSyntaxErrors(), "the byte order mark was a syntax error at 1:1");
        assertEquals(ArticleCopy.text(), document.text());
        document.write(document.text().replace("Web01", "Web02"));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 't' }, Arrays.copyOf(bytes, 4));
        assertFalse(document.reload(), "the text on disk is the text held");
    }

    @Test
    void aFileOfAnyNameOpensAndChecksCandidates() {
        TopologyDocument document = ArticleCopy.open(dir, "article.txt", ArticleCopy.text());
        assertEquals("ArticleLab", document.topology().getName());
        assertTrue(document.parses(document.text().replace("Web01", "Web02")));
        assertFalse(document.parses("topology {"));
    }
}
