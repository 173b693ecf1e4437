package org.hvnet.cli.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.json.ReachJson;
import org.hvnet.cli.json.ReachSummaryJson;
import org.hvnet.cli.text.ReachabilitySummaryText;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * {@code hvnet reach FILES [--summary] [--json]}: the reachability matrix of all endpoints (T-8), or with
 * {@code --summary} its totals and one group per source class, which scale to data-centre models.
 */
public class ReachCommand extends SimulationSubcommand {

    @Override
    public String name() {
        return "reach";
    }

    @Override
    public String usage() {
        return "reach FILES [--summary] [--json]";
    }

    @Override
    public String summary() {
        return "the reachability matrix of every interface with an address and the internet; --summary: totals and groups";
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json", "--summary");
    }

    @Override
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) {
        if (!arguments.flag("--summary")) {
            return super.report(input, arguments, context);
        }
        ReachabilitySummary summary = input.simulation().reachabilitySummary();
        if (arguments.flag("--json")) {
            JsonOutput.print(context.out(), ReachSummaryJson.document(summary));
        } else {
            ReachabilitySummaryText.printWithGroups(context.out(), summary);
        }
        return true;
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
