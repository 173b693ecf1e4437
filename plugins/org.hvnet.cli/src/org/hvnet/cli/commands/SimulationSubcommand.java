package org.hvnet.cli.commands;

import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * A subcommand that reports on the simulated network of FILES, in text or with {@code --json}: it loads and
 * simulates the files (exit 1 when the model cannot be simulated) and leaves only the report to subclasses.
 */
abstract class SimulationSubcommand implements Subcommand {

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public final int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        SimulationInput input = SimulationInput.load(context, files);
        if (!input.simulated()) {
            return ExitCode.MODEL_ERRORS;
        }
        boolean passed = report(input, arguments, context);
        return passed && !input.hasErrors() ? ExitCode.OK : ExitCode.MODEL_ERRORS;
    }

    /**
     * Prints the report as the arguments ask (by default: text, or JSON with {@code --json}); false on a failure that
     * makes it exit 1.
     *
     * @throws UsageException when the report asked for is refused (it would take unbounded time or memory)
     */
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) throws UsageException {
        return report(input, arguments.flag("--json"), context);
    }

    /** Prints the report; false when it found a failure that makes the command exit 1. */
    protected abstract boolean report(SimulationInput input, boolean json, CommandContext context);
}
