// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The help of {@code hvnet}, from the subcommands' own metadata (the completion scripts read the same): the list of
 * subcommands, and per subcommand its usage, description, options and examples.
 */
public final class HelpText {

    /** The last line of every help. */
    public static final String EXIT_CODES = "exit codes: 0 ok, 1 model errors or failed expectations, 2 bad usage or unreadable input, 3 internal error";

    private static final int WIDTH = 100;

    private HelpText() {
    }

    /** The list of every subcommand with its usage and summary. */
    public static void printOverview(List<Subcommand> commands, PrintStream stream) {
        stream.println("usage: hvnet SUBCOMMAND ARGS   (FILES: .hvnet files or directories of them)");
        int width = 0;
        for (Subcommand command : commands) {
            width = Math.max(width, command.usage().length());
        }
        for (Subcommand command : commands) {
            stream.printf("  %-" + Math.min(width, 58) + "s %s%n", command.usage(), command.summary());
        }
        stream.println("global options: --debug (an internal error's stack trace), --color auto|always|never, --version, -h/--help");
        stream.println("'hvnet help SUBCOMMAND' (or 'hvnet SUBCOMMAND --help') says what it does, each option, and examples.");
        stream.println(EXIT_CODES);
    }

    /** The help of one subcommand. */
    public static void printCommand(Subcommand command, PrintStream stream) {
        stream.println("usage: hvnet " + command.usage());
        stream.println();
        wrap(command.description(), "").forEach(stream::println);
        List<CommandOption> options = new ArrayList<>(command.options());
        options.add(CommandOption.flag("prints this help", "-h", "--help"));
        stream.println();
        stream.println("options:");
        printOptions(options, stream);
        stream.println("global options:");
        printOptions(GlobalOptions.options(), stream);
        if (!command.examples().isEmpty()) {
            stream.println();
            stream.println(command.examples().size() == 1 ? "example:" : "examples:");
            command.examples().forEach(example -> stream.println("  " + example));
        }
        stream.println();
        stream.println(EXIT_CODES);
    }

    private static void printOptions(List<CommandOption> options, PrintStream stream) {
        int width = 0;
        for (CommandOption option : options) {
            width = Math.max(width, option.synopsis().length());
        }
        width = Math.min(width, 30);
        for (CommandOption option : options) {
            String synopsis = option.synopsis();
            String indent = " ".repeat(width + 4);
            List<String> lines = wrap(option.description(), indent);
            String first = lines.isEmpty() ? "" : lines.get(0).substring(indent.length());
            if (synopsis.length() > width) {
                stream.println("  " + synopsis);
                stream.println(indent + first);
            } else {
                stream.println(("  " + synopsis + " ".repeat(width - synopsis.length()) + "  " + first).stripTrailing());
            }
            lines.stream().skip(1).forEach(stream::println);
        }
    }

    /** The text in lines of at most {@value #WIDTH} characters, each starting with {@code indent}. */
    static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > indent.length()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
