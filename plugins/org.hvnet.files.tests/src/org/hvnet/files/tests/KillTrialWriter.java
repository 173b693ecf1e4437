// SPDX-License-Identifier: EPL-2.0
package org.hvnet.files.tests;

import java.nio.file.Path;

import org.hvnet.files.AtomicFileWriter;

/**
 * The child process of {@link KillDuringWriteTest}: writes versions 1, 2, 3, … of FILE for ever, each version
 * {@value #LINES} lines of "version N", and prints N on standard output once the first one is written.
 */
public final class KillTrialWriter {

    /** Lines in one version. */
    static final int LINES = 20_000;

    private KillTrialWriter() {
    }

    /** {@code KillTrialWriter FILE FIRST}: writes from version FIRST on. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        for (long version = Long.parseLong(args[1]);; version++) {
            AtomicFileWriter.write(file, version(version));
            if (version == Long.parseLong(args[1])) {
                System.out.println(version);
                System.out.flush();
            }
        }
    }

    /** The text of version {@code n}. */
    static String version(long n) {
        return ("version " + n + "\n").repeat(LINES);
    }
}
