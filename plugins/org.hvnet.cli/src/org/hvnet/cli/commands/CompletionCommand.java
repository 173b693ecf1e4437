// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.completion.BashCompletion;
import org.hvnet.cli.completion.PowerShellCompletion;
import org.hvnet.cli.completion.ZshCompletion;

/** {@code hvnet completion bash|zsh|powershell}: the shell's completion script, from the metadata help prints. */
public class CompletionCommand implements Subcommand {

    /** The shells. */
    static final List<String> SHELLS = List.of("bash", "zsh", "powershell");

    @Override
    public String name() {
        return "completion";
    }

    @Override
    public String usage() {
        return "completion bash|zsh|powershell";
    }

    @Override
    public String summary() {
        return "prints the shell completion script of hvnet for bash, zsh or PowerShell";
    }

    @Override
    public String description() {
        return "Prints the completion script of hvnet for a shell: it completes subcommands, their options, the values of"
                + " options with a fixed set (--format, --to, --color) and .hvnet files and directories. The script is written from"
                + " the same descriptions as this help, so it always matches the installed version. The first lines of each"
                + " script say how to install it.";
    }

    @Override
    public List<String> examples() {
        return List.of("source <(hvnet completion bash)                                  # bash, this shell",
                "hvnet completion bash > ~/.local/share/bash-completion/completions/hvnet",
                "hvnet completion zsh > ~/.zfunc/_hvnet                            # zsh, with fpath+=(~/.zfunc)",
                "hvnet completion powershell | Out-String | Invoke-Expression      # PowerShell");
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.choice("SHELL", SHELLS));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        List<String> words = arguments.requirePositional(1, "the shell: bash, zsh or powershell");
        if (words.size() != 1) {
            throw new UsageException("completion takes one shell");
        }
        List<Subcommand> commands = context.commands();
        String script = switch (words.get(0)) {
            case "bash" -> BashCompletion.script(commands);
            case "zsh" -> ZshCompletion.script(commands);
            case "powershell", "pwsh" -> PowerShellCompletion.script(commands);
            default -> throw new UsageException("no completion for '" + words.get(0) + "': use bash, zsh or powershell"
                    + org.hvnet.cli.ClosestNames.suggestion(words.get(0), SHELLS));
        };
        context.out().print(script);
        return ExitCode.OK;
    }
}
