// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * A subcommand that reports on the simulated network of FILES, in text or with {@code --json}: it loads, validates
 * and simulates the files, prints the model's problems on standard error (and in the JSON document), exits 1 when the
 * model has errors, and leaves only the report to subclasses.
 */
abstract class SimulationSubcommand implements Subcommand {

    /** The {@code --json} option, with the subcommand's document named. */
    static CommandOption json(String document) {
        return CommandOption.flag("prints one JSON document: " + document + ", with the version and the model's diagnostics",
                "--json");
    }

    @Override
    public final int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        boolean json = arguments.flag("--json");
        SimulationInput input = SimulationInput.load(context, files);
        context.printProblems(input.problems());
        if (!input.simulated()) {
            context.progress().done();
            if (json) {
                JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), null));
            }
            return ExitCode.MODEL_ERRORS;
        }
        boolean passed = report(input, arguments, context);
        return passed && !input.hasErrors() ? ExitCode.OK : ExitCode.MODEL_ERRORS;
    }

    /**
     * Prints the report as the arguments ask; false on a failure that makes it exit 1. Erase the progress first.
     *
     * @throws UsageException when the report asked for is refused (it would take unbounded time or memory)
     */
    protected abstract boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) throws UsageException;
}
