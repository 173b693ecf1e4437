// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The options every subcommand accepts, anywhere before {@code --}: {@code --debug} (an internal error prints its
 * stack trace) and {@code --color WHEN} ({@code auto}, the default: colour on a terminal unless {@code NO_COLOR} is
 * set; {@code always}; {@code never}). {@link #rest()} is the command line without them.
 */
public record GlobalOptions(boolean debug, String color, List<String> rest) {

    /** The values of {@code --color}. */
    public static final List<String> COLORS = List.of("auto", "always", "never");

    /** The global options as help and completion show them. */
    public static List<CommandOption> options() {
        return List.of(CommandOption.flag("prints the stack trace of an internal error (exit 3)", "--debug"),
                CommandOption.choice(COLORS, "colour on a terminal (auto, the default; NO_COLOR=1 turns it off), always or never",
                        "--color"));
    }

    /**
     * Takes the global options out of {@code words}.
     *
     * @throws UsageException for a {@code --color} without a known value
     */
    public static GlobalOptions parse(List<String> words) throws UsageException {
        boolean debug = false;
        String color = "auto";
        List<String> rest = new ArrayList<>();
        boolean onlyPositional = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyPositional) {
                rest.add(word);
            } else if (word.equals("--")) {
                onlyPositional = true;
                rest.add(word);
            } else if (word.equals("--debug")) {
                debug = true;
            } else if (word.equals("--color") || word.startsWith("--color=")) {
                if (word.equals("--color") && i + 1 >= words.size()) {
                    throw new UsageException("option --color needs a value (auto, always or never)");
                }
                color = word.equals("--color") ? words.get(++i) : word.substring("--color=".length());
                if (!COLORS.contains(color)) {
                    throw new UsageException("--color takes auto, always or never, not '" + color + "'" + ClosestNames.suggestion(color, COLORS));
                }
            } else {
                rest.add(word);
            }
        }
        return new GlobalOptions(debug, color, rest);
    }
}
