// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code format --write} and {@code -o} write to: read-only and hard-linked files, links, devices, a byte order mark. */
class WriteTargetsCommandTest {

    private static final String SQUASHED = "topology T network N { subnet 10.0.0.0/24 router 10.0.0.1 internet }\n";

    @TempDir
    Path dir;

    private Path squashed(String name) throws IOException {
        return Files.writeString(dir.resolve(name), SQUASHED);
    }

    @Test
    void aReadOnlyFileIsRefusedAndNamed() throws IOException {
        Path file = squashed("lab.hvnet");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        CommandRun run = CommandRun.of("format", "--write", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(file + ": not written: the file is read-only (r--r--r--); make it writable first (chmod u+w) if it is meant to change\n",
                run.err());
        assertEquals(SQUASHED, Files.readString(file));
    }

    @Test
    void aHardLinkedFileIsRefusedAndTheLinksStayTogether() throws IOException {
        Path file = squashed("lab.hvnet");
        Path other = Files.createLink(dir.resolve("backup.hvnet"), file);
        CommandRun run = CommandRun.of("format", "--write", file.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith(file + ": not written: the file has 2 hard links"), run::toString);
        assertEquals(SQUASHED, Files.readString(other));
        assertEquals(Files.getAttribute(file, "unix:ino"), Files.getAttribute(other, "unix:ino"));
    }

    @Test
    void writingThroughASymbolicLinkWritesItsTargetAndKeepsTheLink() throws IOException {
        Path real = squashed("real.hvnet");
        Path link = Files.createSymbolicLink(dir.resolve("lab.hvnet"), real.getFileName());
        CommandRun run = CommandRun.of("format", "--write", link.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("topology T\n\nnetwork N {\n"), Files.readString(real));
    }

    @Test
    void aByteOrderMarkStaysWhenTheFileIsFormatted() throws IOException {
        Path file = dir.resolve("notepad.hvnet");
        Files.write(file, ("\uFEFF" + SQUASHED).getBytes(StandardCharsets.UTF_8));
        CommandRun run = CommandRun.of("format", "--write", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 't' }, java.util.Arrays.copyOf(bytes, 4));
        assertEquals(0, CommandRun.of("validate", file.toString()).exitCode());
    }

    @Test
    void devNullIsWrittenToAndStaysADevice() throws IOException {
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        Path link = Files.createSymbolicLink(dir.resolve("out.hvnet"), Path.of("/dev/null"));
        for (String output : new String[] { "/dev/null", link.toString() }) {
            CommandRun run = CommandRun.of("install", article.toString(), "--host", "HV01", "-o", output);
            assertEquals(0, run.exitCode(), run::toString);
            assertFalse(Files.isRegularFile(Path.of("/dev/null"), LinkOption.NOFOLLOW_LINKS), "as root, -o /dev/null replaced /dev/null");
        }
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of("out.hvnet"), HvnetFiles.names(dir));
    }

    @Test
    void aDirectoryAsOutputIsRefusedAndNamed() {
        CommandRun run = CommandRun.of("generate", "--hosts", "2", "--vms-per-host", "1", "-o", dir.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals(dir + ": not written: it is a directory (name a file)\n", run.err());
    }
}
