// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parsed arguments of one subcommand: positional arguments, flags, and options with values. */
public final class CommandArguments {

    private final List<String> positional;
    private final Map<String, List<String>> options;

    private CommandArguments(List<String> positional, Map<String, List<String>> options) {
        this.positional = List.copyOf(positional);
        this.options = options;
    }

    /**
     * Parses {@code raw} as flags and options named by {@code valued} and {@code flags}.
     *
     * @throws UsageException for an unknown option or an option without its value
     */
    public static CommandArguments parse(List<String> raw, Set<String> valued, Set<String> flags) throws UsageException {
        List<CommandOption> known = new ArrayList<>();
        valued.forEach(name -> known.add(CommandOption.valued("VALUE", "", name)));
        flags.forEach(name -> known.add(CommandOption.flag("", name)));
        return parse(raw, known);
    }

    /**
     * Parses {@code raw}: {@code --name value}, {@code --name=value}, flags, and {@code --} before positional
     * arguments that start with a dash ({@code -} alone is positional). Every name of an option stores its values
     * under the option's first name. An option with choices accepts only those.
     *
     * @throws UsageException for an unknown option (with the closest known ones), an option without its value or
     *         a value not among its choices
     */
    public static CommandArguments parse(List<String> raw, List<CommandOption> known) throws UsageException {
        Map<String, CommandOption> byName = new LinkedHashMap<>();
        known.forEach(option -> option.names().forEach(name -> byName.put(name, option)));
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        boolean onlyPositional = false;
        for (int i = 0; i < raw.size(); i++) {
            String argument = raw.get(i);
            if (onlyPositional || !argument.startsWith("-") || argument.equals("-")) {
                positional.add(argument);
                continue;
            }
            if (argument.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = argument;
            String value = null;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            }
            CommandOption option = byName.get(name);
            if (option == null || !option.takesValue() && value != null) {
                throw new UsageException("unknown option " + argument + ClosestNames.suggestion(name, byName.keySet()));
            }
            if (option.takesValue()) {
                if (value == null) {
                    if (i + 1 >= raw.size()) {
                        throw new UsageException("option " + name + " needs a value (" + option.value() + ")");
                    }
                    value = raw.get(++i);
                }
                if (!option.choices().isEmpty() && !option.choices().contains(value)) {
                    throw new UsageException(name + " takes " + String.join(", ", option.choices()) + ", not '" + value + "'"
                            + ClosestNames.suggestion(value, option.choices()));
                }
            } else {
                value = "true";
            }
            options.computeIfAbsent(option.name(), k -> new ArrayList<>()).add(value);
        }
        return new CommandArguments(positional, options);
    }

    /** The positional arguments, in order. */
    public List<String> positional() {
        return positional;
    }

    /** True when the flag was given (by any of its names, asked by its first). */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The last value of an option (asked by its first name), or {@code fallback}. */
    public String option(String name, String fallback) {
        List<String> values = options.get(name);
        return values == null ? fallback : values.get(values.size() - 1);
    }

    /** Every value of a repeatable option, in order. */
    public List<String> options(String name) {
        return options.getOrDefault(name, List.of());
    }

    /**
     * The positional arguments, requiring at least {@code min} of them.
     *
     * @throws UsageException naming what is missing
     */
    public List<String> requirePositional(int min, String what) throws UsageException {
        if (positional.size() < min) {
            throw new UsageException("missing " + what);
        }
        return positional;
    }
}
