// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;

import org.hvnet.files.AtomicFileWriter;
import org.hvnet.files.WriteRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;

/**
 * The writer on a Windows file system (Jimfs, in memory): no POSIX permissions there (the command's old writer
 * threw on them), DOS attributes and the access control list kept, the read-only attribute refused.
 */
class WindowsFileSystemTest {

    private FileSystem windows;
    private Path dir;

    @BeforeEach
    void createFileSystem() throws IOException {
        windows = Jimfs.newFileSystem(Configuration.windows().toBuilder().setAttributeViews("basic", "owner", "dos", "acl").build());
        dir = Files.createDirectories(windows.getPath("C:\\Users\\admin\\labs"));
    }

    @AfterEach
    void closeFileSystem() throws IOException {
        windows.close();
    }

    @Test
    void writesANewFileAndReplacesItWithoutPosixAttributes() throws IOException {
        assertFalse(windows.supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("lab.hvnet");
        AtomicFileWriter.write(file, "topology Lab\n");
        AtomicFileWriter.write(file, "topology Lab2\n");
        assertEquals("topology Lab2\n", Files.readString(file));
        assertEquals(List.of("lab.hvnet"), names());
    }

    @Test
    void keepsDosAttributesAndTheAccessControlList() throws IOException {
        Path file = Files.writeString(dir.resolve("lab.hvnet"), "old\n");
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        dos.setHidden(true);
        dos.setArchive(false);
        UserPrincipal admin = windows.getUserPrincipalLookupService().lookupPrincipalByName("admin");
        AclEntry entry = AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(admin)
                .setPermissions(Set.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA)).build();
        Files.getFileAttributeView(file, AclFileAttributeView.class).setAcl(List.of(entry));
        Files.setOwner(file, admin);
        AtomicFileWriter.write(file, "new\n");
        DosFileAttributes kept = Files.readAttributes(file, DosFileAttributes.class);
        assertTrue(kept.isHidden());
        assertFalse(kept.isArchive());
        assertEquals(List.of(entry), Files.getFileAttributeView(file, AclFileAttributeView.class).getAcl());
        assertEquals(admin, Files.getOwner(file));
        assertEquals("new\n", Files.readString(file));
    }

    @Test
    void aReadOnlyFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("lab.hvnet"), "old\n");
        Files.getFileAttributeView(file, DosFileAttributeView.class).setReadOnly(true);
        WriteRefusedException e = assertThrows(WriteRefusedException.class, () -> AtomicFileWriter.write(file, "new\n"));
        assertEquals(file + ": not written: the file is read-only (its read-only attribute is set); clear it first (attrib -r) if it is meant to change",
                e.getMessage());
        assertEquals("old\n", Files.readString(file));
    }

    @Test
    void theDefaultWindowsConfigurationWithBasicAttributesOnlyIsWrittenToo() throws IOException {
        try (FileSystem plain = Jimfs.newFileSystem(Configuration.windows())) {
            Path file = Files.writeString(plain.getPath("C:\\lab.hvnet"), "old\n");
            AtomicFileWriter.write(file, "new\n");
            assertEquals("new\n", Files.readString(file));
        }
    }

    private List<String> names() throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
