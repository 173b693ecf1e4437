// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.completion;

import java.util.List;

import org.hvnet.cli.CommandOption;
import org.hvnet.cli.GlobalOptions;
import org.hvnet.cli.HvnetVersion;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;

/**
 * The PowerShell completion script (Windows PowerShell 5.1 and PowerShell 7), written from the subcommands'
 * metadata: a native argument completer for {@code hvnet}, {@code hvnet.cmd} and {@code hvnet.ps1} that offers
 * subcommands with their summaries, options, the values of options with choices, and {@code .hvnet} files.
 */
public final class PowerShellCompletion {

    private PowerShellCompletion() {
    }

    /** The script for {@code commands}. */
    public static String script(List<Subcommand> commands) {
        StringBuilder s = new StringBuilder();
        s.append("# PowerShell completion for hvnet ").append(HvnetVersion.release()).append(", written by 'hvnet completion powershell'.\n");
        s.append("# Load it now: hvnet completion powershell | Out-String | Invoke-Expression\n");
        s.append("# For every session, add that line to your profile ($PROFILE).\n");
        s.append("Register-ArgumentCompleter -Native -CommandName 'hvnet', 'hvnet.cmd', 'hvnet.ps1' -ScriptBlock {\n");
        s.append("    param($wordToComplete, $commandAst, $cursorPosition)\n");
        s.append("    $subcommands = [ordered]@{\n");
        for (Subcommand command : commands) {
            s.append("        ").append(quote(command.name())).append(" = ").append(quote(command.summary())).append("\n");
        }
        s.append("    }\n");
        s.append("    $options = @{\n");
        for (Subcommand command : commands) {
            s.append("        ").append(quote(command.name())).append(" = @(").append(list(longNames(command.options()))).append(")\n");
        }
        s.append("    }\n");
        s.append("    $globals = @('--help', '--version', ").append(list(longNames(GlobalOptions.options()))).append(")\n");
        s.append("    $values = @{\n");
        for (CommandOption option : GlobalOptions.options()) {
            if (!option.choices().isEmpty()) {
                s.append("        ").append(quote(option.name())).append(" = @(").append(list(option.choices())).append(")\n");
            }
        }
        for (Subcommand command : commands) {
            for (CommandOption option : command.options()) {
                for (String name : option.names()) {
                    if (!option.choices().isEmpty()) {
                        s.append("        ").append(quote(command.name() + " " + name)).append(" = @(").append(list(option.choices())).append(")\n");
                    } else if (option.takesValue()) {
                        s.append("        ").append(quote(command.name() + " " + name)).append(" = ").append(option.file() ? "'<file>'" : "'<text>'")
                                .append("\n");
                    }
                }
            }
        }
        s.append("    }\n");
        s.append("    $operands = @{\n");
        for (Subcommand command : commands) {
            List<Operand> operands = command.operands();
            String kind = operands.isEmpty() ? "none" : operands.get(0).kind().name().toLowerCase(java.util.Locale.ROOT);
            String choices = operands.isEmpty() ? "" : list(operands.get(0).kind() == Operand.Kind.SUBCOMMAND
                    ? commands.stream().map(Subcommand::name).toList() : operands.get(0).choices());
            s.append("        ").append(quote(command.name())).append(" = @(").append(quote(kind)).append(choices.isEmpty() ? "" : ", " + choices)
                    .append(")\n");
        }
        s.append("    }\n");
        s.append(BODY);
        s.append("}\n");
        return s.toString();
    }

    /** What the completer does with the tables above. */
    private static final String BODY = """
                $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -le $cursorPosition } | Select-Object -Skip 1 |
                    ForEach-Object { $_.ToString() })
                if ($wordToComplete -and $words.Count -gt 0 -and $words[-1] -eq $wordToComplete) {
                    $words = @($words | Select-Object -SkipLast 1)
                }
                $sub = $null
                for ($i = 0; $i -lt $words.Count; $i++) {
                    if ($words[$i] -eq '--color') { $i++; continue }
                    if (-not $words[$i].StartsWith('-')) { $sub = $words[$i]; break }
                }
                $prev = if ($words.Count -gt 0) { $words[-1] } else { '' }
                $result = @()
                $key = if ($sub) { "$sub $prev" } else { $prev }
                if ($values.ContainsKey($prev) -or $values.ContainsKey($key)) {
                    $choices = if ($values.ContainsKey($key)) { $values[$key] } else { $values[$prev] }
                    if ($choices -is [array]) {
                        $result = $choices | Where-Object { $_ -like "$wordToComplete*" } |
                            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
                    } elseif ($choices -eq '<file>') {
                        $result = Get-ChildItem -Path "$wordToComplete*" -ErrorAction SilentlyContinue |
                            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderItem', $_.Name) }
                    }
                    return $result
                }
                if (-not $sub) {
                    if ($wordToComplete.StartsWith('-')) {
                        return $globals | Where-Object { $_ -like "$wordToComplete*" } |
                            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterName', $_) }
                    }
                    return $subcommands.Keys | Where-Object { $_ -like "$wordToComplete*" } |
                        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'Command', $subcommands[$_]) }
                }
                if ($wordToComplete.StartsWith('-')) {
                    return @($options[$sub]) + $globals | Where-Object { $_ -like "$wordToComplete*" } |
                        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterName', $_) }
                }
                $operand = $operands[$sub]
                switch ($operand[0]) {
                    'models' {
                        return Get-ChildItem -Path "$wordToComplete*" -ErrorAction SilentlyContinue |
                            Where-Object { $_.PSIsContainer -or $_.Extension -eq '.hvnet' } |
                            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderItem', $_.Name) }
                    }
                    'file' {
                        return Get-ChildItem -Path "$wordToComplete*" -ErrorAction SilentlyContinue |
                            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_.Name, $_.Name, 'ProviderItem', $_.Name) }
                    }
                    { $_ -in 'choice', 'subcommand' } {
                        return $operand | Select-Object -Skip 1 | Where-Object { $_ -like "$wordToComplete*" } |
                            ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
                    }
                }
            """;

    private static List<String> longNames(List<CommandOption> options) {
        return options.stream().flatMap(option -> option.names().stream()).filter(name -> name.startsWith("--")).toList();
    }

    private static String list(List<String> words) {
        return String.join(", ", words.stream().map(PowerShellCompletion::quote).toList());
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
