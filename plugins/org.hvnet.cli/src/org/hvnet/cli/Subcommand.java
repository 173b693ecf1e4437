package org.hvnet.cli;

import org.hvnet.frontend.loading.UnreadableInputException;

/** One subcommand of {@code hvnet}: its name, its usage line, and what it does. */
public interface Subcommand {

    /** The word that selects it: {@code validate}, {@code simulate}, ... */
    String name();

    /** The usage line after {@code hvnet }, e.g. {@code validate FILES [--format text|json|sarif]}. */
    String usage();

    /** One sentence for {@code hvnet help}. */
    String summary();

    /** The options that take a value (e.g. {@code --format}, {@code -o}); every other option is a flag. */
    default java.util.Set<String> valuedOptions() {
        return java.util.Set.of();
    }

    /** The flags it accepts (e.g. {@code --json}). */
    default java.util.Set<String> flags() {
        return java.util.Set.of();
    }

    /** Runs it and returns the exit code ({@link ExitCode}). */
    int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException;
}
