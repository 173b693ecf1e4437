package org.hvnet.cli.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.ReachJson;
import org.hvnet.dsl.loading.UnreadableInputException;
import org.hvnet.simulation.traffic.ReachabilityMatrix;

/** {@code hvnet reach FILES [--json]}: the reachability matrix of all endpoints (T-8). */
public class ReachCommand implements Subcommand {

    @Override
    public String name() {
        return "reach";
    }

    @Override
    public String usage() {
        return "reach FILES [--json]";
    }

    @Override
    public String summary() {
        return "the reachability matrix of every interface with an address (and the internet)";
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
        ReachabilityMatrix matrix = input.simulation().matrix();
        Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
        try {
            if (arguments.flag("--json")) {
                ReachJson.write(matrix, out);
            } else {
                for (int i = 0; i < matrix.size(); i++) {
                    out.write(matrix.endpoints().get(i) + " reaches:");
                    boolean any = false;
                    for (int j = 0; j < matrix.size(); j++) {
                        if (i != j && matrix.reachable(i, j)) {
                            out.write((any ? ", " : " ") + matrix.endpoints().get(j));
                            any = true;
                        }
                    }
                    out.write(any ? "\n" : " nothing\n");
                }
                out.flush();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return input.hasErrors() ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }
}
