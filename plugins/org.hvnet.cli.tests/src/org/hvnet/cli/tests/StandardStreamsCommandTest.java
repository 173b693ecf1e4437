// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -} (and {@code /dev/stdin}) reads the model from standard input for every subcommand that reads one;
 * {@code -o -} (and {@code -o /dev/stdout}) writes to standard output for every subcommand that writes a model or a
 * drawing.
 */
class StandardStreamsCommandTest {

    @TempDir
    Path dir;

    private static String article() {
        return HvnetTestFiles.read(HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet"));
    }

    private static CommandRun fromStandardInput(String... args) {
        CommandRun run = CommandRun.withInput(article(), args);
        assertFalse(run.err().contains("internal error"), run::toString);
        return run;
    }

    @Test
    void everySubcommandThatReadsAModelReadsStandardInput() {
        List<String[]> commands = List.of(new String[] { "validate", "-" }, new String[] { "simulate", "-" }, new String[] { "addresses", "-" },
                new String[] { "check", "-" }, new String[] { "reach", "-" }, new String[] { "reach", "--summary", "-" },
                new String[] { "trace", "-", "Web01", "8.8.8.8" }, new String[] { "install", "-", "--host", "HV01" },
                new String[] { "format", "-" }, new String[] { "convert", "-", "--to", "xmi" }, new String[] { "diagram", "-", "-o", "-" },
                new String[] { "validate", "/dev/stdin" });
        for (String[] command : commands) {
            CommandRun run = fromStandardInput(command);
            assertEquals(0, run.exitCode(), () -> String.join(" ", command) + "\n" + run);
            assertFalse(run.out().isEmpty(), () -> String.join(" ", command) + "\n" + run);
        }
    }

    @Test
    void problemsInStandardInputAreNamedStdin() {
        CommandRun run = CommandRun.withInput("topology T\nnetwork N { router 1.2.3.400 }\n", "validate", "-");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("<stdin>:2:20: ERROR: '1.2.3.400' is not an IPv4 address: octet 400 is greater than 255 [syntax]\n", run.err());
    }

    @Test
    void formatPrintsStandardInputButWillNotWriteIt() {
        CommandRun run = CommandRun.withInput("topology T network N{subnet 10.0.0.0/8}\n", "format", "-", "--write");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("hvnet format: --write rewrites files: name them (standard input is printed formatted)\n"), run::toString);
    }

    @Test
    void dashOutputIsStandardOutputForEveryWriter() throws IOException {
        Path file = Files.writeString(dir.resolve("article.hvnet"), article());
        CommandRun install = CommandRun.of("install", file.toString(), "--host", "HV01", "-o", "-");
        assertEquals(0, install.exitCode(), install::toString);
        assertTrue(install.out().startsWith("topology ArticleLab\n"), install::toString);
        assertTrue(install.err().contains("install hyperv on HV01: changed"), install::toString);
        CommandRun convert = CommandRun.of("convert", file.toString(), "--to", "xmi", "-o", "-");
        assertEquals(0, convert.exitCode(), convert::toString);
        assertTrue(convert.out().startsWith("<?xml"), convert::toString);
        CommandRun generate = CommandRun.of("generate", "--hosts", "2", "--vms-per-host", "1", "-o", "/dev/stdout");
        assertEquals(0, generate.exitCode(), generate::toString);
        assertTrue(generate.out().startsWith("topology Generated2x1\n"), generate::toString);
        CommandRun diagram = CommandRun.of("diagram", file.toString(), "-o", "-");
        assertEquals(0, diagram.exitCode(), diagram::toString);
        assertTrue(diagram.out().startsWith("<?xml"), diagram::toString);
        assertEquals(List.of("article.hvnet"), HvnetFiles.names(dir), "nothing named - was written");
    }

    @Test
    void anXmiTopologyIsReadFromStandardInput() throws IOException {
        Path file = Files.writeString(dir.resolve("article.hvnet"), article());
        String xmi = CommandRun.of("convert", file.toString(), "--to", "xmi").out();
        CommandRun back = CommandRun.withInput(xmi, "convert", "-", "--to", "hvnet");
        assertEquals(0, back.exitCode(), back::toString);
        assertTrue(back.out().startsWith("topology ArticleLab\n"), back::toString);
    }
}
