// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * One subcommand of {@code hvnet}: its name, its usage line, what it does, and the metadata that the parser,
 * {@code hvnet help SUBCOMMAND} and the shell completion scripts all read (its options, operands and examples).
 */
public interface Subcommand {

    /** The word that selects it: {@code validate}, {@code simulate}, ... */
    String name();

    /** The usage line after {@code hvnet }, e.g. {@code validate FILES [--format text|json|sarif]}. */
    String usage();

    /** One sentence for {@code hvnet help}. */
    String summary();

    /** What {@code hvnet help NAME} says it does, in a few sentences; by default the summary. */
    default String description() {
        return summary();
    }

    /** Examples for {@code hvnet help NAME}: command lines starting with {@code hvnet}, each may end in a {@code # comment}. */
    default List<String> examples() {
        return List.of();
    }

    /**
     * Its options: what the parser accepts, help lists and completion offers. By default the options of
     * {@link #valuedOptions()} and {@link #flags()}, without descriptions (subcommands written before this method).
     */
    default List<CommandOption> options() {
        List<CommandOption> options = new ArrayList<>();
        valuedOptions().stream().sorted().forEach(name -> options.add(CommandOption.valued("VALUE", "", name)));
        flags().stream().sorted().forEach(name -> options.add(CommandOption.flag("", name)));
        return options;
    }

    /** Its positional arguments, for help and completion; by default {@code FILES} (.hvnet files or directories). */
    default List<Operand> operands() {
        return List.of(Operand.models("FILES"));
    }

    /** The options that take a value (e.g. {@code --format}, {@code -o}); used only by the default {@link #options()}. */
    default Set<String> valuedOptions() {
        return Set.of();
    }

    /** The flags it accepts (e.g. {@code --json}); used only by the default {@link #options()}. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs it and returns the exit code ({@link ExitCode}). */
    int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException;
}
