// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;
import java.util.Optional;

import org.hvnet.cli.ClosestNames;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.HelpText;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.CommandsJson;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.CommandOption;

/** {@code hvnet help [SUBCOMMAND] [--json]}: the list of subcommands, or one subcommand's help (the same as {@code --help}). */
public class HelpCommand implements Subcommand {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return "help [SUBCOMMAND] [--json]";
    }

    @Override
    public String summary() {
        return "lists the subcommands, or says what one does with each option and examples";
    }

    @Override
    public String description() {
        return "Without SUBCOMMAND, lists every subcommand with its usage. With it, prints that subcommand's help (as"
                + " 'hvnet SUBCOMMAND --help' does): what it does, each option, and examples. --json prints the same metadata as"
                + " one JSON document, for tools that build on the command.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet help simulate", "hvnet help --json");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("prints one JSON document: {\"version\", \"subcommands\":[{name, usage, summary, description,"
                + " options, operands, examples}], \"globalOptions\", \"exitCodes\"}", "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.subcommand("SUBCOMMAND"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        List<String> words = arguments.positional();
        if (words.size() > 1) {
            throw new UsageException("help takes one subcommand");
        }
        List<Subcommand> commands = context.commands();
        if (!words.isEmpty()) {
            Optional<Subcommand> found = commands.stream().filter(c -> c.name().equals(words.get(0))).findFirst();
            if (found.isEmpty()) {
                throw new UsageException("no subcommand '" + words.get(0) + "'"
                        + ClosestNames.suggestion(words.get(0), commands.stream().map(Subcommand::name).toList()));
            }
            commands = List.of(found.get());
        }
        if (arguments.flag("--json")) {
            JsonOutput.print(context.out(), JsonDocuments.of(List.of(), CommandsJson.document(commands)));
        } else if (words.isEmpty()) {
            HelpText.printOverview(commands, context.out());
        } else {
            HelpText.printCommand(commands.get(0), context.out());
        }
        return ExitCode.OK;
    }
}
