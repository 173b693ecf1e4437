// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.completion;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.cli.CommandOption;
import org.hvnet.cli.GlobalOptions;
import org.hvnet.cli.HvnetVersion;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;

/**
 * The bash completion script, written from the subcommands' metadata (what help prints): subcommand names, each
 * subcommand's options, the values of options with choices, {@code .hvnet} files and directories where a subcommand
 * reads models, any file where it reads or writes one. Self-contained: it needs no bash-completion package.
 */
public final class BashCompletion {

    private BashCompletion() {
    }

    /** The script for {@code commands}. */
    public static String script(List<Subcommand> commands) {
        StringBuilder s = new StringBuilder();
        s.append("# bash completion for hvnet ").append(HvnetVersion.release()).append(", written by 'hvnet completion bash'.\n");
        s.append("# Load it in this shell:   source <(hvnet completion bash)\n");
        s.append("# or for every shell:      hvnet completion bash > ~/.local/share/bash-completion/completions/hvnet\n");
        s.append("_hvnet_files() {\n");
        s.append("    local IFS=$'\\n'\n");
        s.append("    if [ \"$2\" = models ]; then\n");
        s.append("        COMPREPLY=($(compgen -d -- \"$1\") $(compgen -f -X '!*.hvnet' -- \"$1\"))\n");
        s.append("    else\n");
        s.append("        COMPREPLY=($(compgen -f -- \"$1\"))\n");
        s.append("    fi\n");
        s.append("    compopt -o filenames 2>/dev/null\n");
        s.append("    return 0\n");
        s.append("}\n");
        s.append("_hvnet() {\n");
        s.append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" sub=\"\" i n=0\n");
        s.append("    [ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
        s.append("    COMPREPLY=()\n");
        s.append("    for ((i = 1; i < COMP_CWORD; i++)); do\n");
        s.append("        case \"${COMP_WORDS[i]}\" in\n");
        s.append("            ").append(String.join("|", valued(GlobalOptions.options()))).append(") ((i++)) ;;\n");
        s.append("            -*) ;;\n");
        s.append("            *) sub=\"${COMP_WORDS[i]}\"; break ;;\n");
        s.append("        esac\n");
        s.append("    done\n");
        s.append("    case \"$prev\" in\n");
        for (CommandOption option : GlobalOptions.options()) {
            if (option.takesValue()) {
                s.append("        ").append(String.join("|", option.names())).append(") ").append(values(option)).append(" ;;\n");
            }
        }
        s.append("    esac\n");
        s.append("    if [ -z \"$sub\" ]; then\n");
        s.append("        if [[ \"$cur\" == -* ]]; then\n");
        s.append("            COMPREPLY=($(compgen -W \"--help --version ").append(String.join(" ", names(GlobalOptions.options())))
                .append("\" -- \"$cur\"))\n");
        s.append("        else\n");
        s.append("            COMPREPLY=($(compgen -W \"").append(String.join(" ", commands.stream().map(Subcommand::name).toList()))
                .append("\" -- \"$cur\"))\n");
        s.append("        fi\n");
        s.append("        return 0\n");
        s.append("    fi\n");
        s.append("    for ((i = i + 1; i < COMP_CWORD; i++)); do\n");
        s.append("        case \"${COMP_WORDS[i]}\" in\n");
        List<String> allValued = new ArrayList<>(valued(GlobalOptions.options()));
        commands.forEach(command -> valued(command.options()).stream().filter(name -> !allValued.contains(name)).forEach(allValued::add));
        s.append("            ").append(String.join("|", allValued)).append(") ((i++)) ;;\n");
        s.append("            -*) ;;\n");
        s.append("            *) ((n++)) ;;\n");
        s.append("        esac\n");
        s.append("    done\n");
        s.append("    case \"$sub\" in\n");
        for (Subcommand command : commands) {
            s.append("        ").append(command.name()).append(")\n");
            s.append("            case \"$prev\" in\n");
            for (CommandOption option : command.options()) {
                if (option.takesValue()) {
                    s.append("                ").append(String.join("|", option.names())).append(") ").append(values(option)).append(" ;;\n");
                }
            }
            s.append("            esac\n");
            List<String> options = new ArrayList<>(names(command.options()));
            options.add("--help");
            options.addAll(names(GlobalOptions.options()));
            s.append("            if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"").append(String.join(" ", options))
                    .append("\" -- \"$cur\")); return 0; fi\n");
            s.append(operands(command.operands(), commands));
            s.append("            ;;\n");
        }
        s.append("    esac\n");
        s.append("    return 0\n");
        s.append("}\n");
        s.append("complete -F _hvnet hvnet\n");
        return s.toString();
    }

    /** The completion of the n-th positional argument: by its operand, the last one repeating when it is plural. */
    private static String operands(List<Operand> operands, List<Subcommand> commands) {
        if (operands.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("            case \"$n\" in\n");
        for (int i = 0; i < operands.size(); i++) {
            boolean last = i == operands.size() - 1;
            String pattern = last && operands.get(i).name().endsWith("S") ? "*" : Integer.toString(i);
            s.append("                ").append(pattern).append(") ").append(complete(operands.get(i), commands)).append(" ;;\n");
        }
        s.append("            esac\n");
        return s.toString();
    }

    private static String complete(Operand operand, List<Subcommand> commands) {
        return switch (operand.kind()) {
            case MODELS -> "_hvnet_files \"$cur\" models";
            case FILE -> "_hvnet_files \"$cur\" any";
            case CHOICE -> words(operand.choices());
            case SUBCOMMAND -> words(commands.stream().map(Subcommand::name).toList());
            case TEXT -> ":";
        };
    }

    /** What completes an option's value: its choices, a file, or nothing (free text). */
    private static String values(CommandOption option) {
        if (!option.choices().isEmpty()) {
            return words(option.choices()) + "; return 0";
        }
        return option.file() ? "_hvnet_files \"$cur\" any; return 0" : "return 0";
    }

    private static String words(List<String> words) {
        return "COMPREPLY=($(compgen -W \"" + String.join(" ", words) + "\" -- \"$cur\"))";
    }

    private static List<String> names(List<CommandOption> options) {
        return options.stream().flatMap(option -> option.names().stream()).filter(name -> name.startsWith("--")).toList();
    }

    private static List<String> valued(List<CommandOption> options) {
        return options.stream().filter(CommandOption::takesValue).flatMap(option -> option.names().stream()).toList();
    }
}
