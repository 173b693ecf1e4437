package org.hvnet.cli.commands;

import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.AddressesJson;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.text.AddressTable;
import org.hvnet.dsl.loading.UnreadableInputException;

/** {@code hvnet addresses FILES [--json]}: every interface's IPv4 address and where it came from (A-rules). */
public class AddressesCommand implements Subcommand {

    @Override
    public String name() {
        return "addresses";
    }

    @Override
    public String usage() {
        return "addresses FILES [--json]";
    }

    @Override
    public String summary() {
        return "every interface's IPv4 address and where it came from, with planned installs applied";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        SimulationInput input = SimulationInput.load(context, files);
        if (!input.simulated()) {
            return ExitCode.MODEL_ERRORS;
        }
        if (arguments.flag("--json")) {
            JsonOutput.print(context.out(), AddressesJson.document(input.simulation().addressTable()));
        } else {
            AddressTable.print(context.out(), input.simulation().addressTable());
        }
        return input.hasErrors() ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }
}
