// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.hvnet.files.AtomicFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links, devices and pipes: a link keeps pointing at the written file; a device or pipe is written in place, never replaced. */
class SpecialTargetsTest {

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkStaysAndItsTargetIsWritten() throws IOException {
        Path real = Trial.file(Files.createDirectory(dir.resolve("models")).resolve("lab.hvnet"), "old\n", "rw-rw-r--");
        Path link = Files.createSymbolicLink(dir.resolve("lab.hvnet"), Path.of("models/lab.hvnet"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.hvnet"), Path.of("lab.hvnet"));
        AtomicFileWriter.write(linkToLink, "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isSymbolicLink(linkToLink));
        assertEquals(Path.of("models/lab.hvnet"), Files.readSymbolicLink(link));
        assertEquals("new\n", Files.readString(real));
        assertEquals("rw-rw-r--", Trial.mode(real));
        assertEquals(List.of("lab.hvnet"), Trial.names(dir.resolve("models")), "the temporary file was made beside the real file");
    }

    @Test
    void aDanglingLinkGetsItsFileCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("lab.hvnet"), Path.of("target.hvnet"));
        AtomicFileWriter.write(link, "new\n");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(dir.resolve("target.hvnet")));
    }

    @Test
    void devNullIsWrittenAndNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        Object before = Files.getAttribute(devNull, "unix:rdev");
        AtomicFileWriter.write(devNull, "topology T\n");
        Path link = Files.createSymbolicLink(dir.resolve("out.svg"), devNull);
        AtomicFileWriter.write(link, "<svg/>\n");
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "as root, the old writer made /dev/null a regular file");
        assertEquals(before, Files.getAttribute(devNull, "unix:rdev"));
        assertEquals(List.of("out.svg"), Trial.names(dir));
        assertEquals(0, Files.size(devNull));
    }

    @Test
    void aFifoIsWrittenInPlace() throws Exception {
        Path fifo = dir.resolve("pipe");
        Trial.run("mkfifo", fifo.toString());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFileWriter.write(fifo, "through the pipe\n");
        assertEquals("through the pipe\n", reader.get(60, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo));
        assertEquals(List.of("pipe"), Trial.names(dir));
    }

    @Test
    void aBlockDeviceIsRefused() throws IOException {
        Path disk;
        try (var devices = Files.list(Path.of("/dev"))) {
            disk = devices.filter(p -> "block device".equals(kind(p))).findFirst().orElse(null);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(disk != null, "no block device on this machine");
        Path target = disk;
        org.hvnet.files.WriteRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(org.hvnet.files.WriteRefusedException.class,
                () -> AtomicFileWriter.checkWritable(target));
        assertEquals(target + ": not written: it is a block device (name a regular file, a pipe or a character device)", e.getMessage());
    }

    private static String kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return (mode & 0170000) == 0060000 ? "block device" : "other";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
