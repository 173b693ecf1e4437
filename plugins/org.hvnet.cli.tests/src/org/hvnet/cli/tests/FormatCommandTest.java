// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code format FILE [--write]}: stdout by default, atomic rewrite on request, never a file with syntax errors. */
class FormatCommandTest {

    private static final String SQUASHED = "topology T network N { subnet 10.0.0.0/24 router 10.0.0.1 internet } "
            + "host H platform hyperv-2012 { nic eth0 cable N { bind tcpip4 ipv4 dhcp } }\n";

    @TempDir
    Path dir;

    @Test
    void printsFormattedTextAndLeavesTheFile() throws IOException {
        Path file = dir.resolve("t.hvnet");
        Files.writeString(file, SQUASHED);
        CommandRun run = CommandRun.of("format", file.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("topology T\n"), run::toString);
        assertTrue(run.out().contains("\n    router 10.0.0.1 internet\n"), run::toString);
        assertEquals(SQUASHED, Files.readString(file));
    }

    @Test
    void writeReplacesTheFileAndIsIdempotent() throws IOException {
        Path file = dir.resolve("t.hvnet");
        Files.writeString(file, SQUASHED);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        CommandRun first = CommandRun.of("format", file.toString(), "--write");
        assertEquals(0, first.exitCode(), first::toString);
        String formatted = Files.readString(file);
        assertNotEquals(SQUASHED, formatted);
        CommandRun second = CommandRun.of("format", "--write", file.toString());
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals(formatted, Files.readString(file));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "the rewritten file keeps its permissions");
        try (var leftovers = Files.list(dir)) {
            assertEquals(1, leftovers.count(), "no temporary file is left behind");
        }
        assertEquals(0, CommandRun.of("validate", file.toString()).exitCode());
    }

    @Test
    void fileWithSyntaxErrorsIsNeverTouched() throws IOException {
        Path file = dir.resolve("broken.hvnet");
        byte[] original = "topology T\nnetwork N { subnet 10.0.0.0/24\n".getBytes();
        Files.write(file, original);
        CommandRun run = CommandRun.of("format", "--write", file.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("[syntax]"), run::toString);
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    void aSecondInstallLineIsReportedAtItsLineAndTheFileIsNotTouched() throws IOException {
        Path file = dir.resolve("twice.hvnet");
        String text = "topology T\nhost H platform hyperv-2008 {\n    nic A\n    install hyperv using A\n    install hyperv\n}\n";
        Files.writeString(file, text);
        for (CommandRun run : new CommandRun[] { CommandRun.of("format", file.toString()), CommandRun.of("format", "--write", file.toString()) }) {
            assertEquals(1, run.exitCode(), run::toString);
            assertTrue(run.err().contains(file + ":5:5: ERROR: host H has a second install line"), run::toString);
            assertFalse(run.err().contains("internal error") || run.err().contains("Exception"), run::toString);
            assertEquals("", run.out(), run::toString);
        }
        assertEquals(text, Files.readString(file));
    }
}
