package org.hvnet.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hvnet.frontend.loading.UnreadableInputException;

/** The {@code hvnet} command: picks the subcommand, runs it, and turns every failure into one line and an exit code. */
public final class Hvnet {

    private Hvnet() {
    }

    /** Runs {@code hvnet ARGS} with every subcommand and returns the exit code; never throws, never prints a stack trace. */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(Subcommands.all(), args, out, err, in);
    }

    /** Runs {@code hvnet ARGS} with the given subcommands (in the order {@code hvnet help} lists them). */
    public static int run(List<Subcommand> commands, String[] args, PrintStream out, PrintStream err, InputStream in) {
        try {
            return dispatch(commands, Arrays.asList(args), out, err, in);
        } finally {
            out.flush(); // the product's standard output is buffered (reports can have 100k lines)
            err.flush();
        }
    }

    private static int dispatch(List<Subcommand> commands, List<String> words, PrintStream out, PrintStream err, InputStream in) {
        if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help") || words.get(0).equals("-h")) {
            printHelp(commands, words.isEmpty() ? err : out);
            return words.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        Optional<Subcommand> found = commands.stream().filter(c -> c.name().equals(words.get(0))).findFirst();
        if (found.isEmpty()) {
            err.println("hvnet: unknown subcommand '" + words.get(0) + "' (try: hvnet help)");
            return ExitCode.USAGE;
        }
        Subcommand command = found.get();
        CommandContext context = new CommandContext(out, err, in);
        try {
            List<String> rest = words.subList(1, words.size());
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println("usage: hvnet " + command.usage());
                return ExitCode.OK;
            }
            CommandArguments arguments = CommandArguments.parse(rest, command.valuedOptions(), command.flags());
            return command.run(arguments, context);
        } catch (UsageException e) {
            err.println("hvnet " + command.name() + ": " + e.getMessage());
            err.println("usage: hvnet " + command.usage());
            return ExitCode.USAGE;
        } catch (UnreadableInputException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (RuntimeException | Error e) {
            return InternalFailure.report(command.name(), e, err);
        }
    }

    private static void printHelp(List<Subcommand> commands, PrintStream stream) {
        stream.println("usage: hvnet SUBCOMMAND ARGS   (FILES: .hvnet files or directories of them)");
        for (Subcommand command : commands) {
            stream.printf("  %-55s %s%n", command.usage(), command.summary());
        }
        stream.println("exit codes: 0 ok, 1 model errors or failed expectations, 2 bad usage or unreadable input, 3 internal error");
    }
}
