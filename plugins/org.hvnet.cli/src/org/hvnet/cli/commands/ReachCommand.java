package org.hvnet.cli.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.json.ReachJson;
import org.hvnet.cli.json.ReachSummaryJson;
import org.hvnet.cli.text.ReachabilitySummaryText;
import org.hvnet.simulation.traffic.ReachabilityMatrix;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * {@code hvnet reach FILES [--summary] [--json] [--max-endpoints N]}: the reachability matrix of all endpoints
 * (T-8), or with {@code --summary} its totals and one group per source class, which scale to data-centre models.
 * The full matrix grows with the square of the endpoints: above {@value #MAX_ENDPOINTS} endpoints (25 million
 * cells, about 140 MB of JSON) it is refused, pointing to {@code --summary}, unless {@code --max-endpoints} raises
 * the limit.
 */
public class ReachCommand extends SimulationSubcommand {

    /** The most endpoints whose full matrix is printed unless {@code --max-endpoints} says otherwise. */
    public static final int MAX_ENDPOINTS = 5_000;

    @Override
    public String name() {
        return "reach";
    }

    @Override
    public String usage() {
        return "reach FILES [--summary] [--json] [--max-endpoints N]";
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
    public Set<String> valuedOptions() {
        return Set.of("--max-endpoints");
    }

    @Override
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) throws UsageException {
        if (!arguments.flag("--summary")) {
            ReachabilityMatrix matrix = input.simulation().matrix();
            int most = maxEndpoints(arguments);
            if (matrix.size() > most) {
                throw new UsageException(String.format("%,d endpoints: their full matrix would have %,d cells (it is printed for at most "
                        + "%,d endpoints); use reach --summary (totals and one group per source class), trace for single paths, or "
                        + "raise the limit with --max-endpoints N", matrix.size(), (long) matrix.size() * matrix.size(), most));
            }
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

    private static int maxEndpoints(CommandArguments arguments) throws UsageException {
        String value = arguments.option("--max-endpoints", null);
        if (value == null) {
            return MAX_ENDPOINTS;
        }
        try {
            int most = Integer.parseInt(value);
            if (most >= 0) {
                return most;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--max-endpoints takes a whole number of endpoints, not '" + value + "'");
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
