// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.Progress;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.JsonDocuments;
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
    public String description() {
        return "The reachability matrix (rule T-8) of every endpoint: each interface with an address, and 'internet' when a"
                + " router reaches it. Each line names a source and every endpoint its packet reaches. For data-centre models,"
                + " where the matrix is too big to print, --summary gives its totals and one line per group of endpoints that"
                + " behave alike, fewest reached first, counted from class walks rather than pair by pair.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet reach examples/article.hvnet",
                "hvnet reach datacentre.hvnet --summary  # totals and groups, for thousands of hosts",
                "hvnet reach lab.hvnet --json            # {\"endpoints\":[...],\"reachable\":[[true,false,...],...]}");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("the totals and one line per group of endpoints that behave alike, instead of the matrix",
                "--summary"), CommandOption.valued("N", "the most endpoints whose full matrix is printed (default "
                        + MAX_ENDPOINTS + "); above it, use --summary", "--max-endpoints"), json("the matrix, {\"endpoints\":[...],\"reachable\":[[...]]} (row = source), or with --summary the totals"
                        + " and groups, with the same endpoints"));
    }

    @Override
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) throws UsageException {
        Progress progress = context.progress();
        if (arguments.flag("--summary")) {
            progress.phase("counting the reachability of the endpoints");
            ReachabilitySummary summary = input.simulation().reachabilitySummary();
            ReachabilityMatrix matrix = input.simulation().matrix();
            progress.done();
            if (arguments.flag("--json")) {
                JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), ReachSummaryJson.document(summary, matrix.endpoints())));
            } else {
                ReachabilitySummaryText.printWithGroups(context.out(), summary);
            }
            return true;
        }
        ReachabilityMatrix matrix = input.simulation().matrix();
        int most = maxEndpoints(arguments);
        if (matrix.size() > most) {
            progress.done();
            throw new UsageException(String.format("%,d endpoints: their full matrix would have %,d cells (it is printed for at most "
                    + "%,d endpoints); use reach --summary (totals and one group per source class), trace for single paths, or "
                    + "raise the limit with --max-endpoints N", matrix.size(), (long) matrix.size() * matrix.size(), most));
        }
        return printMatrix(input, matrix, arguments, context);
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

    private static boolean printMatrix(SimulationInput input, ReachabilityMatrix matrix, CommandArguments arguments, CommandContext context) {
        Progress progress = context.progress();
        progress.done();
        Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
        try {
            if (arguments.flag("--json")) {
                ReachJson.write(JsonDocuments.of(input.problems(), null), matrix, out);
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
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
