// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.cli.CommandOption;
import org.hvnet.cli.HelpText;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.Subcommands;
import org.hvnet.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hvnet help SUBCOMMAND} and {@code hvnet SUBCOMMAND --help}: the same text, with a description, every option
 * described, and an example; for every subcommand, those contributed by other bundles included.
 */
class HelpTest {

    static List<String> names() {
        return Subcommands.all().stream().map(Subcommand::name).toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void helpOfASubcommandDescribesItEachOptionAndAnExample(String name) {
        CommandRun help = CommandRun.of("help", name);
        assertEquals(0, help.exitCode(), help::toString);
        assertEquals(help.out(), CommandRun.of(name, "--help").out());
        assertEquals(help.out(), CommandRun.of(name, "-h").out());
        Subcommand command = Subcommands.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        List<String> lines = help.out().lines().toList();
        assertEquals("usage: hvnet " + command.usage(), lines.get(0));
        assertTrue(command.description().length() > command.summary().length(), () -> name + " has no description beyond its summary");
        assertTrue(help.out().contains(command.description().substring(0, 40)), help::toString);
        for (CommandOption option : command.options()) {
            assertFalse(option.description().isBlank(), () -> name + " " + option.name() + " has no description");
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("  " + option.synopsis())), () -> option.synopsis() + " missing:\n" + help.out());
            assertTrue(command.usage().contains(option.name()) || command.usage().contains(option.names().get(option.names().size() - 1)),
                    () -> name + ": the usage line lacks " + option.name());
        }
        assertFalse(command.examples().isEmpty(), name + " has no example");
        int examples = lines.indexOf(command.examples().size() == 1 ? "example:" : "examples:");
        assertTrue(examples > 0 && lines.get(examples + 1).matches("  (\\./)?hvnet " + name + "\\b.*|  .*hvnet completion.*"), help::toString);
        assertEquals(HelpText.EXIT_CODES, lines.get(lines.size() - 1));
    }

    @Test
    void aMistypedSubcommandOrOptionGetsTheClosestName() {
        CommandRun subcommand = CommandRun.of("simualte", "x.hvnet");
        assertEquals(2, subcommand.exitCode());
        assertEquals("hvnet: unknown subcommand 'simualte'; did you mean 'simulate'? (hvnet help lists them)\n", subcommand.err());
        CommandRun option = CommandRun.of("validate", "--fromat", "json", "x.hvnet");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().startsWith("hvnet validate: unknown option --fromat; did you mean '--format'?\n"), option::toString);
        CommandRun prefix = CommandRun.of("reach", "x.hvnet", "--sum");
        assertTrue(prefix.err().contains("did you mean '--summary'?"), prefix::toString);
        CommandRun value = CommandRun.of("validate", "--format", "sarfi", "x.hvnet");
        assertTrue(value.err().contains("--format takes text, json, sarif, not 'sarfi'; did you mean 'sarif'?"), value::toString);
        CommandRun help = CommandRun.of("help", "trce");
        assertEquals(2, help.exitCode());
        assertTrue(help.err().contains("no subcommand 'trce'; did you mean 'trace'?"), help::toString);
        CommandRun nothingClose = CommandRun.of("frobnicate");
        assertEquals("hvnet: unknown subcommand 'frobnicate' (hvnet help lists them)\n", nothingClose.err());
    }

    @Test
    void versionIsPrintedAndCarriedByJson() {
        CommandRun version = CommandRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("hvnet \\d+\\.\\d+\\.\\d+ \\((build \\d+, )?Java [^)]+\\)\n"), version::toString);
        assertEquals(version.out(), CommandRun.of("version").out());
        String release = version.out().split(" ")[1];
        assertTrue(CommandRun.of("version", "--json").out().contains("\"version\": \"" + release + "\""));
    }

    @Test
    void theOverviewListsEveryUsageAndSaysHowToGetMore() {
        CommandRun help = CommandRun.of("help");
        for (Subcommand command : Subcommands.all()) {
            assertTrue(help.out().contains("  " + command.usage() + " "), command::name);
        }
        assertTrue(help.out().contains("'hvnet help SUBCOMMAND'"), help::toString);
        assertEquals(help.out(), CommandRun.of("--help").out());
        CommandRun bare = CommandRun.of();
        assertEquals(2, bare.exitCode());
        assertEquals(help.out(), bare.err(), "hvnet alone prints the overview on stderr and exits 2");
    }
}
