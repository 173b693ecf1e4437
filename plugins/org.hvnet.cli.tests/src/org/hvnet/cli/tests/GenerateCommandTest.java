// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: a file that the other subcommands accept without errors. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatedTopologyValidatesWithoutErrors() throws IOException {
        Path file = dir.resolve("dc.hvnet");
        CommandRun generate = CommandRun.of("generate", "--hosts", "60", "--vms-per-host", "10", "--seed", "5", "-o", file.toString());
        assertEquals(0, generate.exitCode(), generate::toString);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        CommandRun validate = CommandRun.of("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertEquals("1 file checked: 0 errors, 46 warnings\n", validate.out(), validate::toString);
    }

    @Test
    void generatedExpectationsAllHold() throws IOException {
        Path file = dir.resolve("dc.hvnet");
        assertEquals(0, CommandRun.of("generate", "--hosts", "120", "--vms-per-host", "12", "-o", file.toString()).exitCode());
        CommandRun check = CommandRun.of("check", file.toString());
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().lines().anyMatch(line -> line.matches("[1-9]\\d* passed, 0 failed")), check::toString);
    }

    @Test
    void sharesOfTodaysHyperVWriteThoseFeaturesAndTheModelValidatesWithoutErrors() throws IOException {
        Path file = dir.resolve("today.hvnet");
        CommandRun generate = CommandRun.of("generate", "--hosts", "60", "--vms-per-host", "6", "--vlan-share", "30", "--nat-share", "10",
                "--set-share", "20", "--acl-share", "20", "-o", file.toString());
        assertEquals(0, generate.exitCode(), generate::toString);
        String text = Files.readString(file);
        for (String feature : List.of("platform hyperv-2016", "vlan access 10", "netnat LabNat", "embedded-teaming", "acl deny out")) {
            assertTrue(text.contains(feature), feature);
        }
        CommandRun validate = CommandRun.of("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().startsWith("1 file checked: 0 errors, "), validate::toString);
        // no share is the classic data centre, byte for byte
        assertEquals(CommandRun.of("generate", "--hosts", "20", "--vms-per-host", "4").out(),
                CommandRun.of("generate", "--hosts", "20", "--vms-per-host", "4", "--vlan-share", "0", "--acl-share", "0").out());
    }

    @Test
    void sharesOutsideZeroToHundredAreUsageErrors() {
        CommandRun run = CommandRun.of("generate", "--hosts", "3", "--vms-per-host", "3", "--set-share", "120");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--set-share must be a percentage between 0 and 100, not 120"), run::toString);
        CommandRun words = CommandRun.of("generate", "--hosts", "3", "--vms-per-host", "3", "--vlan-share", "half");
        assertEquals(2, words.exitCode(), words::toString);
        assertTrue(words.err().contains("--vlan-share takes a whole number"), words::toString);
    }

    @Test
    void badSizesAreUsageErrors() {
        CommandRun run = CommandRun.of("generate", "--hosts", "many", "--vms-per-host", "3");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("--hosts takes a whole number"), run::toString);
        assertEquals(2, CommandRun.of("generate", "--vms-per-host", "3").exitCode());
        assertEquals(2, CommandRun.of("generate", "--hosts", "0", "--vms-per-host", "3").exitCode());
    }
}
