// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads an input whole, within a bound: a regular file larger than the bound is refused before it is read, and a
 * stream (standard input, a pipe the shell hands over) is read up to the bound and refused past it, or at its first
 * NUL byte (binary data: {@code /dev/zero}, {@code /dev/urandom}), so that no input can exhaust the memory.
 */
public final class BoundedInput {

    private static final int CHUNK = 1 << 16;

    private BoundedInput() {
    }

    /**
     * The bytes of the regular file {@code file}.
     *
     * @param name the file as the user named it, for messages
     * @throws RefusedInputException when it is missing, not a regular file, unreadable or larger than {@code limit}
     */
    public static byte[] readFile(Path file, String name, long limit) throws RefusedInputException {
        checkLimit(limit);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RefusedInputException(name + ": no such file or directory");
        } catch (IOException e) {
            throw new RefusedInputException(name + ": cannot read the file (" + e.getMessage() + ")");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedInputException(name + ": not a regular file (a " + (attributes.isDirectory() ? "directory" : SpecialFiles.kind(file))
                    + "): HVNet reads model files, and standard input when it is named - (as in: cat FILE | hvnet validate -)");
        }
        if (attributes.size() > limit) {
            throw tooLarge(name, InputLimit.text(attributes.size()), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readStream(in, name, limit);
        } catch (AccessDeniedException e) {
            throw new RefusedInputException(name + ": cannot read the file (permission denied)");
        } catch (RefusedInputException e) {
            throw e;
        } catch (IOException e) {
            throw new RefusedInputException(name + ": cannot read the file (" + e.getMessage() + ")");
        }
    }

    /**
     * The bytes of {@code in} to its end.
     *
     * @throws RefusedInputException past {@code limit} bytes or at a NUL byte (which no text has)
     */
    public static byte[] readStream(InputStream in, String name, long limit) throws IOException {
        checkLimit(limit);
        byte[] bytes = new byte[CHUNK];
        int length = 0;
        for (int read; (read = in.read(bytes, length, bytes.length - length)) != -1;) {
            for (int i = length; i < length + read; i++) {
                if (bytes[i] == 0) {
                    throw new RefusedInputException(name + ": not a text file (NUL byte at offset " + i + ")");
                }
            }
            length += read;
            if (length > limit) {
                throw tooLarge(name, "more than " + limit + " bytes", limit);
            }
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.min((long) bytes.length * 2, limit + 1), Integer.MAX_VALUE - 8));
            }
        }
        return Arrays.copyOf(bytes, length);
    }

    private static void checkLimit(long limit) {
        if (limit < 0 || limit > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("a limit between 0 and 2 GB, not " + limit);
        }
    }

    private static RefusedInputException tooLarge(String name, String size, long limit) {
        return new RefusedInputException(name + ": too large (" + size + "; HVNet reads at most " + InputLimit.text(InputLimit.bytes())
                + " of model text in one run, all files together" + (limit < InputLimit.bytes() ? ", and the files before it took "
                        + InputLimit.text(InputLimit.bytes() - limit) : "") + "); loading takes about 150 bytes of memory per byte of text: "
                + "check the model in parts, or raise the limit and the memory with HVNET_JAVA_OPTS=\"-D" + InputLimit.PROPERTY + "=BYTES -XmxSIZE\"");
    }
}
