// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.List;

/**
 * One option of a subcommand, as parsing, help and shell completion read it: its names (the long one first), the
 * placeholder of its value ({@code null} for a flag), the values it accepts when they are a fixed set, whether its
 * value is a file, and one line saying what it does.
 */
public record CommandOption(List<String> names, String value, List<String> choices, boolean file, String description) {

    /** A copy of the lists. */
    public CommandOption {
        names = List.copyOf(names);
        choices = List.copyOf(choices);
    }

    /** A flag, e.g. {@code flag("prints one JSON document", "--json")}. */
    public static CommandOption flag(String description, String... names) {
        return new CommandOption(List.of(names), null, List.of(), false, description);
    }

    /** An option with a value, e.g. {@code valued("H", "the host to install", "--host")}. */
    public static CommandOption valued(String value, String description, String... names) {
        return new CommandOption(List.of(names), value, List.of(), false, description);
    }

    /** An option whose value is a file (completed as one). */
    public static CommandOption file(String value, String description, String... names) {
        return new CommandOption(List.of(names), value, List.of(), true, description);
    }

    /** An option whose value is one of {@code choices}. */
    public static CommandOption choice(List<String> choices, String description, String... names) {
        return new CommandOption(List.of(names), String.join("|", choices), choices, false, description);
    }

    /** The name it is known by in messages: the first. */
    public String name() {
        return names.get(0);
    }

    /** True when it takes a value. */
    public boolean takesValue() {
        return value != null;
    }

    /** How help shows it: {@code -o, --output OUT}. */
    public String synopsis() {
        List<String> shortFirst = names.stream().sorted((a, b) -> Boolean.compare(a.startsWith("--"), b.startsWith("--"))).toList();
        return String.join(", ", shortFirst) + (value == null ? "" : " " + value);
    }
}
