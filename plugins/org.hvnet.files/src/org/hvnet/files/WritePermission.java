// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Whether a regular file may be replaced: not when it is read-only (even for root, who could: the user made it so),
 * not when it has other hard links (a new file under one name would leave the others with the old text), not when
 * its directory does not let a temporary file be made beside it.
 */
final class WritePermission {

    private WritePermission() {
    }

    /**
     * The attributes the replacement of the existing regular file {@code file} keeps.
     *
     * @throws WriteRefusedException when it must not be replaced; {@code given} is the name the user gave
     */
    static KeptAttributes check(Path given, Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!permissions.contains(PosixFilePermission.OWNER_WRITE) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new WriteRefusedException(given + ": not written: the file is read-only (" + PosixFilePermissions.toString(permissions)
                        + "); make it writable first (chmod u+w) if it is meant to change");
            }
        } else if (Boolean.TRUE.equals(attribute(file, "dos:readonly"))) {
            throw new WriteRefusedException(given + ": not written: the file is read-only (its read-only attribute is set); "
                    + "clear it first (attrib -r) if it is meant to change");
        }
        if (!Files.isWritable(file)) {
            throw new WriteRefusedException(given + ": not written: permission denied");
        }
        Object links = attribute(file, "unix:nlink");
        if (links instanceof Integer count && count > 1) {
            throw new WriteRefusedException(given + ": not written: the file has " + count + " hard links, and replacing it would "
                    + "leave the other names with the old text; write a copy (cp " + file.getFileName() + " COPY) or break the link first");
        }
        checkDirectory(given, file.getParent());
        return KeptAttributes.of(file);
    }

    /** @throws WriteRefusedException when no temporary file can be made in {@code directory} */
    static void checkDirectory(Path given, Path directory) throws IOException {
        if (!Files.isWritable(directory)) {
            throw new WriteRefusedException(given + ": not written: the directory " + directory
                    + " is not writable (the file is written to a temporary file beside it, then renamed)");
        }
    }

    /** The attribute {@code name} ({@code view:attribute}), or null where the file system has no such view. */
    private static Object attribute(Path file, String name) throws IOException {
        try {
            return Files.getAttribute(file, name);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null; // the file system has no such view: nothing to check
        }
    }
}
