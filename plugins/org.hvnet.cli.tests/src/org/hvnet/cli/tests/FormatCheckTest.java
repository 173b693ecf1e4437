// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code format --check} for CI and {@code format --write} on several files; the bundled examples are canonical. */
class FormatCheckTest {

    private static final String CANONICAL = "topology T\n\nnetwork N {\n    subnet 10.0.0.0/24\n}\n";
    private static final String SQUASHED = "topology U network M { subnet 10.0.1.0/24 }\n";

    @TempDir
    Path dir;

    @Test
    void theBundledExamplesAreCanonical() {
        CommandRun run = CommandRun.of("format", "--check", HvnetTestFiles.repositoryRoot().resolve("examples").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.out(), run::toString);
    }

    @Test
    void checkNamesTheFilesThatAreNotCanonicalAndExitsOneWithoutWriting() throws IOException {
        Path canonical = Files.writeString(dir.resolve("a.hvnet"), CANONICAL);
        Path squashed = Files.writeString(dir.resolve("b.hvnet"), SQUASHED);
        CommandRun run = CommandRun.of("format", "--check", canonical.toString(), squashed.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(squashed + "\n", run.out(), run::toString);
        assertEquals("hvnet format --check: 1 of 2 files not formatted; hvnet format --write fixes them\n", run.err());
        assertEquals(SQUASHED, Files.readString(squashed));
        assertEquals(0, CommandRun.of("format", "--check", canonical.toString()).exitCode());
    }

    @Test
    void writeFormatsEveryFileOfADirectory() throws IOException {
        Files.writeString(dir.resolve("a.hvnet"), CANONICAL);
        Files.writeString(dir.resolve("b.hvnet"), SQUASHED);
        CommandRun run = CommandRun.of("format", "--write", dir.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("a.hvnet: already formatted\n") && run.err().contains("b.hvnet: formatted\n"), run::toString);
        assertEquals(0, CommandRun.of("format", "--check", dir.toString()).exitCode());
        assertEquals(CANONICAL, Files.readString(dir.resolve("a.hvnet")));
    }

    @Test
    void severalFilesNeedWriteOrCheckAndTheTwoExcludeEachOther() throws IOException {
        Path a = Files.writeString(dir.resolve("a.hvnet"), CANONICAL);
        Path b = Files.writeString(dir.resolve("b.hvnet"), SQUASHED);
        CommandRun print = CommandRun.of("format", a.toString(), b.toString());
        assertEquals(2, print.exitCode(), print::toString);
        assertTrue(print.err().startsWith("hvnet format: format prints one file; give --write or --check for 2 files"), print::toString);
        assertEquals(2, CommandRun.of("format", "--write", "--check", a.toString()).exitCode());
    }
}
