// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * The {@code hvnet} command: takes the global options, picks the subcommand (or says which one was meant), answers
 * {@code --help} and {@code --version}, runs it, and turns every failure into one line and an exit code.
 */
public final class Hvnet {

    private Hvnet() {
    }

    /** Runs {@code hvnet ARGS} with every subcommand and returns the exit code; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(Subcommands.all(), args, out, err, in, Terminal.NONE);
    }

    /** Runs {@code hvnet ARGS} with the given subcommands (in the order {@code hvnet help} lists them), on no terminal. */
    public static int run(List<Subcommand> commands, String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(commands, args, out, err, in, Terminal.NONE);
    }

    /** Runs {@code hvnet ARGS} with the given subcommands on streams that {@code terminal} describes. */
    public static int run(List<Subcommand> commands, String[] args, PrintStream out, PrintStream err, InputStream in, Terminal terminal) {
        try {
            return dispatch(commands, Arrays.asList(args), out, err, in, terminal);
        } finally {
            out.flush(); // the product's standard output is buffered (reports can have 100k lines)
            err.flush();
        }
    }

    private static int dispatch(List<Subcommand> commands, List<String> words, PrintStream out, PrintStream err, InputStream in,
            Terminal terminal) {
        GlobalOptions global;
        try {
            global = GlobalOptions.parse(words);
        } catch (UsageException e) {
            err.println("hvnet: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<String> rest = global.rest();
        if (rest.isEmpty()) {
            HelpText.printOverview(commands, err);
            return ExitCode.USAGE;
        }
        String first = rest.get(0);
        if (first.equals("--help") || first.equals("-h")) {
            HelpText.printOverview(commands, out);
            return ExitCode.OK;
        }
        if (first.equals("--version")) {
            out.println(HvnetVersion.line());
            return ExitCode.OK;
        }
        Optional<Subcommand> found = commands.stream().filter(c -> c.name().equals(first)).findFirst();
        if (found.isEmpty()) {
            List<String> names = commands.stream().map(Subcommand::name).toList();
            String what = first.startsWith("-") ? "option" : "subcommand";
            err.println("hvnet: unknown " + what + " '" + first + "'" + ClosestNames.suggestion(first, first.startsWith("-")
                    ? List.of("--help", "--version", "--debug", "--color") : names) + " (hvnet help lists them)");
            return ExitCode.USAGE;
        }
        Subcommand command = found.get();
        CommandContext context = new CommandContext(out, err, in, terminal, global.color(), global.debug(), commands);
        try {
            List<String> arguments = rest.subList(1, rest.size());
            int end = arguments.indexOf("--");
            List<String> options = end < 0 ? arguments : arguments.subList(0, end);
            if (options.contains("--help") || options.contains("-h")) {
                HelpText.printCommand(command, out);
                return ExitCode.OK;
            }
            return command.run(CommandArguments.parse(arguments, command.options()), context);
        } catch (UsageException e) {
            context.progress().done();
            err.println("hvnet " + command.name() + ": " + e.getMessage());
            err.println("usage: hvnet " + command.usage() + "   (hvnet help " + command.name() + " says more)");
            return ExitCode.USAGE;
        } catch (UnreadableInputException e) {
            context.progress().done();
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException | Error e) {
            context.progress().done();
            return InternalFailure.report(command.name(), e, err, global.debug());
        } finally {
            context.progress().done();
        }
    }
}
