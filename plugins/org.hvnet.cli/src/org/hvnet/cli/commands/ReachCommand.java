package org.hvnet.cli.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.hvnet.cli.CommandContext;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.ReachJson;
import org.hvnet.simulation.traffic.ReachabilityMatrix;

/** {@code hvnet reach FILES [--json]}: the reachability matrix of all endpoints (T-8). */
public class ReachCommand extends SimulationSubcommand {

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
    protected boolean report(SimulationInput input, boolean json, CommandContext context) {
        ReachabilityMatrix matrix = input.simulation().matrix();
        Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
        try {
            if (json) {
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
        return true;
    }
}
