// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;

import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.WriteRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer on regular files: content replaced whole, permissions, owner and group kept, nothing left behind. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileAndLeavesNothingBeside() throws IOException {
        Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", "rw-r--r--");
        AtomicFileWriter.write(file, "new\n");
        assertEquals("new\n", Files.readString(file));
        assertEquals(java.util.List.of("lab.hvnet"), Trial.names(dir));
    }

    @Test
    void keepsThePermissionsOfTheReplacedFile() throws IOException {
        for (String mode : new String[] { "rw-rw-r--", "rw-r-----", "rw-------", "rwxr-xr-x" }) {
            Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", mode);
            AtomicFileWriter.write(file, "new\n");
            assertEquals(mode, Trial.mode(file), "the diagram's old writer turned rw-rw-r-- into rw-------");
        }
    }

    @Test
    void aNewFileGetsThePermissionsEveryNewFileGets() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = dir.resolve("new.hvnet");
        AtomicFileWriter.write(file, "new\n");
        assertEquals(Trial.mode(plain), Trial.mode(file), "the umask's permissions, not a temporary file's rw-------");
    }

    @Test
    void keepsOwnerAndGroupAsEditorsDoWhenRunAsRoot() throws IOException {
        assumeTrue(Trial.root(), "only root may give a file to another user");
        Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", "rw-rw-r--");
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal daemon = users.lookupPrincipalByName("daemon");
        GroupPrincipal daemonGroup = users.lookupPrincipalByGroupName("daemon");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(daemon);
        view.setGroup(daemonGroup);
        AtomicFileWriter.write(file, "new\n");
        assertEquals(daemon, Files.getOwner(file), "root's writer gave the file to root");
        assertEquals(daemonGroup, view.readAttributes().group());
        assertEquals("rw-rw-r--", Trial.mode(file));
        assertEquals("new\n", Files.readString(file));
    }

    @Test
    void aReadOnlyFileIsRefusedEvenForRoot() throws IOException {
        Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", "r--r--r--");
        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> AtomicFileWriter.write(file, "new\n"));
        assertEquals(file + ": not written: the file is read-only (r--r--r--); make it writable first (chmod u+w) if it is meant to change",
                e.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(e.getMessage(), assertThrows(WriteRefusedException.class, () -> AtomicFileWriter.checkWritable(file)).getMessage());
        assertEquals(java.util.List.of("lab.hvnet"), Trial.names(dir));
    }

    @Test
    void aHardLinkedFileIsRefusedAndBothNamesKeepTheirText() throws IOException {
        Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", "rw-r--r--");
        Path other = Files.createLink(dir.resolve("other.hvnet"), file);
        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> AtomicFileWriter.write(file, "new\n"));
        assertTrue(e.getMessage().startsWith(file + ": not written: the file has 2 hard links"), e.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals("old\n", Files.readString(other));
        assertEquals(Files.getAttribute(file, "unix:ino"), Files.getAttribute(other, "unix:ino"), "the links are not split");
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("lab.hvnet"));
        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> AtomicFileWriter.write(directory, "new\n"));
        assertEquals(directory + ": not written: it is a directory (name a file)", e.getMessage());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path file = dir.resolve("missing/lab.hvnet");
        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> AtomicFileWriter.write(file, "new\n"));
        assertEquals(file + ": not written: no such directory " + dir.resolve("missing"), e.getMessage());
    }

    @Test
    void aFailingContentLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Trial.file(dir.resolve("lab.hvnet"), "old\n", "rw-r--r--");
        IOException e = assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("half".getBytes());
            throw new IOException("the serializer failed");
        }));
        assertEquals("the serializer failed", e.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(java.util.List.of("lab.hvnet"), Trial.names(dir));
    }

    @Test
    void aByteOrderMarkIsWrittenWhenAsked() throws IOException {
        Path file = dir.resolve("notepad.hvnet");
        AtomicFileWriter.write(file, org.hvnet.files.FileContent.utf8("topology T\n", true));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(3 + 11, bytes.length);
        assertEquals((byte) 0xEF, bytes[0]);
        assertTrue(org.hvnet.files.Utf8Text.hasByteOrderMark(bytes));
        assertFalse(org.hvnet.files.Utf8Text.hasByteOrderMark("topology".getBytes()));
    }
}
