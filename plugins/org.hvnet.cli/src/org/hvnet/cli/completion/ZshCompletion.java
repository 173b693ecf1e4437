// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.completion;

import java.util.List;

import org.hvnet.cli.CommandOption;
import org.hvnet.cli.GlobalOptions;
import org.hvnet.cli.HvnetVersion;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;

/**
 * The zsh completion function, written from the subcommands' metadata: {@code _arguments} specifications with each
 * option's description, the values of options with choices, {@code .hvnet} files where a subcommand reads models.
 */
public final class ZshCompletion {

    private ZshCompletion() {
    }

    /** The script for {@code commands}. */
    public static String script(List<Subcommand> commands) {
        StringBuilder s = new StringBuilder("#compdef hvnet\n");
        s.append("# zsh completion for hvnet ").append(HvnetVersion.release()).append(", written by 'hvnet completion zsh'.\n");
        s.append("# Save it as _hvnet in a directory of $fpath (e.g. hvnet completion zsh > ~/.zfunc/_hvnet, with\n");
        s.append("# fpath+=(~/.zfunc) before compinit in ~/.zshrc), or load it now: source <(hvnet completion zsh)\n");
        s.append("_hvnet() {\n");
        s.append("    local curcontext=\"$curcontext\" state line\n");
        s.append("    local -a subcommands\n");
        s.append("    subcommands=(\n");
        for (Subcommand command : commands) {
            s.append("        '").append(command.name()).append(':').append(text(command.summary())).append("'\n");
        }
        s.append("    )\n");
        s.append("    _arguments -C \\\n");
        for (CommandOption option : GlobalOptions.options()) {
            s.append("        ").append(spec(option)).append(" \\\n");
        }
        s.append("        '(- *)--version[prints the version]' \\\n");
        s.append("        '(- *)'{-h,--help}'[prints the help]' \\\n");
        s.append("        '1: :->subcommand' \\\n");
        s.append("        '*:: :->arguments' && return\n");
        s.append("    case $state in\n");
        s.append("        subcommand) _describe -t subcommands 'hvnet subcommand' subcommands ;;\n");
        s.append("        arguments)\n");
        s.append("            case $words[1] in\n");
        for (Subcommand command : commands) {
            s.append("                ").append(command.name()).append(")\n");
            s.append("                    _arguments \\\n");
            for (CommandOption option : command.options()) {
                s.append("                        ").append(spec(option)).append(" \\\n");
            }
            for (CommandOption option : GlobalOptions.options()) {
                s.append("                        ").append(spec(option)).append(" \\\n");
            }
            s.append("                        '(- *)'{-h,--help}'[prints the help]'");
            List<Operand> operands = command.operands();
            for (int i = 0; i < operands.size(); i++) {
                Operand operand = operands.get(i);
                boolean repeats = i == operands.size() - 1 && operand.name().endsWith("S");
                s.append(" \\\n                        '").append(repeats ? "*" : Integer.toString(i + 1)).append(':')
                        .append(text(operand.name().toLowerCase(java.util.Locale.ROOT))).append(':').append(action(operand, commands)).append("'");
            }
            s.append(" ;;\n");
        }
        s.append("            esac ;;\n");
        s.append("    esac\n");
        s.append("}\n");
        s.append("if [ \"$funcstack[1]\" = \"_hvnet\" ]; then _hvnet \"$@\"; else compdef _hvnet hvnet; fi\n");
        return s.toString();
    }

    /** One option as {@code _arguments} writes it: {@code '(-o --output)'{-o,--output}'[writes to OUT]:out:_files'}. */
    private static String spec(CommandOption option) {
        String description = "[" + text(option.description()) + "]";
        String value = "";
        if (option.takesValue()) {
            String action = !option.choices().isEmpty() ? "(" + String.join(" ", option.choices()) + ")" : option.file() ? "_files" : " ";
            value = ":" + text(option.value().toLowerCase(java.util.Locale.ROOT)) + ":" + action;
        }
        if (option.names().size() == 1) {
            return "'" + option.name() + description + value + "'";
        }
        String exclusive = "(" + String.join(" ", option.names()) + ")";
        return "'" + exclusive + "'{" + String.join(",", option.names()) + "}'" + description + value + "'";
    }

    private static String action(Operand operand, List<Subcommand> commands) {
        return switch (operand.kind()) {
            case MODELS -> "_files -g \"*.hvnet(-.)\"";
            case FILE -> "_files";
            case CHOICE -> "(" + String.join(" ", operand.choices()) + ")";
            case SUBCOMMAND -> "(" + String.join(" ", commands.stream().map(Subcommand::name).toList()) + ")";
            case TEXT -> " ";
        };
    }

    /**
     * Text safe inside a single-quoted {@code _arguments} spec: its first clause, without an unclosed parenthesis,
     * brackets as parentheses, colons as dashes, and apostrophes closing and reopening the quotes.
     */
    private static String text(String description) {
        String first = description.split("(?<=[.;])\\s")[0].replaceAll("[.;]$", "");
        if (first.chars().filter(c -> c == '(').count() > first.chars().filter(c -> c == ')').count()) {
            first = first.substring(0, first.lastIndexOf('(')).trim();
        }
        return first.replace("[", "(").replace("]", ")").replace(":", " -").replace("\\", "").replace("'", "'\\''");
    }
}
