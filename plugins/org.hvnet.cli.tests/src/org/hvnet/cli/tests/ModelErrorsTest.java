// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * Every subcommand that reads a model reports the same problems, counts them the same way, and exits 1 when one is
 * an error: validate, simulate, install, convert and the simulation subcommands, with and without {@code --json}.
 */
class ModelErrorsTest {

    private static final Pattern COUNTS = Pattern.compile("(\\d+) errors?, (\\d+) warnings?");

    @TempDir
    Path dir;

    /** A link error of the loader (a cable to no network), a rule error (a duplicate address) and rras names that exist nowhere. */
    private Path mixed() throws IOException {
        return Files.writeString(dir.resolve("mixed.hvnet"), """
                topology M
                network Office { subnet 192.168.1.0/24 }
                host HV01 platform hyperv-2012 {
                    nic "LAN" cable Ofice { ipv4 static 192.168.1.10/24 }
                    switch Lab private
                    vm A { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                    vm B { nic eth0 on Lab { ipv4 static 10.0.0.1/24 } }
                    rras nat public "Nope 1" private "Nope 2"
                }
                """);
    }

    private static String counts(String text) {
        Matcher matcher = COUNTS.matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1) + "/" + matcher.group(2);
    }

    @Test
    void validateAndSimulateCountTheSameProblems() throws IOException {
        Path file = mixed();
        CommandRun validate = CommandRun.of("validate", file.toString());
        CommandRun simulate = CommandRun.of("simulate", file.toString());
        assertEquals(1, validate.exitCode(), validate::toString);
        assertEquals(1, simulate.exitCode(), simulate::toString);
        assertEquals("4/0", counts(validate.out()), validate::toString);
        assertEquals(counts(validate.out()), counts(simulate.out().substring(simulate.out().indexOf("Validation:"))), simulate::toString);
        assertEquals(4, JsonParser.parseString(CommandRun.of("simulate", file.toString(), "--json").out()).getAsJsonObject()
                .getAsJsonArray("diagnostics").size());
        for (String command : List.of("addresses", "reach", "check")) {
            CommandRun run = CommandRun.of(command, file.toString());
            assertEquals(1, run.exitCode(), run::toString);
            assertEquals(validate.err(), run.err(), command + " prints the problems validate prints");
        }
    }

    @Test
    void simulatePrintsItsFindingsOnceInItsReport() throws IOException {
        CommandRun run = CommandRun.of("simulate", mixed().toString());
        assertEquals("", run.err(), "the findings are in the report, not again on standard error");
        assertTrue(run.out().contains("[V-6]") && run.out().contains("[link]"), run::toString);
    }

    @Test
    void oneEmptyFileIsOneFileChecked() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.hvnet"), "");
        CommandRun run = CommandRun.of("validate", empty.toString());
        assertEquals("1 file checked: 1 error, 0 warnings\n", run.out(), run::toString);
        Files.writeString(dir.resolve("other.hvnet"), "topology Other\n");
        assertTrue(CommandRun.of("validate", dir.toString()).out().startsWith("2 files checked: "));
    }

    @Test
    void installAndConvertPrintTheModelsErrorsAndExitOneWithoutOutput() throws IOException {
        Path duplicates = Files.writeString(dir.resolve("dup.hvnet"), HvnetTestFiles.read(HvnetTestFiles.repositoryRoot()
                .resolve("plugins/org.hvnet.validation.tests/cases/V6_DUPLICATE_ADDRESS.hvnet")));
        Path out = dir.resolve("out.hvnet");
        CommandRun install = CommandRun.of("install", duplicates.toString(), "--host", "HV01", "-o", out.toString());
        assertEquals(1, install.exitCode(), install::toString);
        assertTrue(install.err().contains(": ERROR: ") && install.err().contains("[V-6]"), install::toString);
        assertTrue(install.err().endsWith(duplicates + ": not installed: fix the errors first\n"), install::toString);
        assertFalse(Files.exists(out));
        // the install is applied and written while the model is validated: the model's errors still come first
        CommandRun unknownHost = CommandRun.of("install", duplicates.toString(), "--host", "NoSuchHost", "-o", out.toString());
        assertEquals(1, unknownHost.exitCode(), unknownHost::toString);
        assertTrue(unknownHost.err().endsWith(duplicates + ": not installed: fix the errors first\n"), unknownHost::toString);
        Path article = HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet");
        CommandRun validUnknownHost = CommandRun.of("install", article.toString(), "--host", "NoSuchHost", "-o", out.toString());
        assertEquals(2, validUnknownHost.exitCode(), validUnknownHost::toString);
        assertTrue(validUnknownHost.err().contains("no host named 'NoSuchHost'"), validUnknownHost::toString);
        assertFalse(Files.exists(out));
        CommandRun convert = CommandRun.of("convert", duplicates.toString(), "--to", "xmi", "-o", out.toString());
        assertEquals(1, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("[V-6]"), convert::toString);
        assertFalse(Files.exists(out));
    }

    @Test
    void jsonPrintsOneDocumentWithTheDiagnosticsWhenTheModelCannotBeSimulated() throws IOException {
        Path file = mixed();
        for (List<String> args : List.of(List.of("addresses"), List.of("check"), List.of("reach"), List.of("reach", "--summary"),
                List.of("trace", "A", "B"), List.of("install", "--host", "HV01"), List.of("simulate"), List.of("convert", "--to", "xmi"))) {
            List<String> command = new java.util.ArrayList<>(List.of(args.get(0), file.toString()));
            command.addAll(args.subList(1, args.size()));
            command.add("--json");
            CommandRun run = CommandRun.of(command.toArray(String[]::new));
            assertEquals(1, run.exitCode(), run::toString);
            var document = JsonParser.parseString(run.out()).getAsJsonObject();
            assertEquals(4, document.getAsJsonArray("diagnostics").size(), run::toString);
            assertTrue(document.has("version"), run::toString);
        }
    }
}
