// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files of the writer: {@code .NAME.PID-RANDOM.hvnet-tmp} beside the file NAME, made by the process
 * PID. A write removes the leftovers of writers that no longer run (killed in the middle of a write); until then
 * every reader ignores them (a directory is read for its {@code .hvnet} files only, dot files never).
 */
final class TemporaryFiles {

    private static final Logger LOG = Logger.getLogger(TemporaryFiles.class.getName());

    /** The suffix of every temporary file of the writer. */
    static final String SUFFIX = ".hvnet-tmp";

    private static final Pattern NAME = Pattern.compile("\\.(.+)\\.(\\d+)-[0-9a-z]+(" + Pattern.quote(SUFFIX) + "|"
            + Pattern.quote(Replacement.OLD_SUFFIX) + ")");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryFiles() {
    }

    /**
     * A new, empty temporary file for {@code file} in its directory, readable and writable by its owner only when
     * {@code privateUntilDone} (it replaces a file whose permissions are set once it is written), else created
     * with the process's default permissions (a new file).
     */
    static Path create(Path file, boolean privateUntilDone) throws IOException {
        Path directory = file.getParent();
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = privateUntilDone && posix
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
                : new FileAttribute<?>[0];
        for (int attempt = 0;; attempt++) {
            Path temporary = directory.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + SUFFIX);
            try {
                Files.newByteChannel(temporary, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes).close();
                return temporary;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes the temporary files that writers of {@code file} left behind when they were killed; an old file kept
     * aside (on a file system without atomic rename) goes back into place when the file is missing.
     */
    static void removeStale(Path file) {
        String name = file.getFileName().toString();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(file.getParent(), "." + glob(name) + ".*.hvnet-*")) {
            for (Path entry : entries) {
                Matcher matcher = NAME.matcher(entry.getFileName().toString());
                if (!matcher.matches() || !matcher.group(1).equals(name) || running(Long.parseLong(matcher.group(2)))) {
                    continue;
                }
                if (matcher.group(3).equals(Replacement.OLD_SUFFIX) && !Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(entry, file);
                } else {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // a leftover that cannot be removed now is removed by a later write, and ignored by every reader meanwhile
            LOG.log(Level.FINE, () -> file + ": stale temporary files not removed (" + e.getMessage() + ")");
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** {@code name} with the characters a glob gives a meaning escaped. */
    private static String glob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
