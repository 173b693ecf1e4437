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
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.JsonDocuments;
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
                "--summary"), json("the matrix, {\"endpoints\":[...],\"reachable\":[[...]]} (row = source), or with --summary the totals"
                        + " and groups, with the same endpoints"));
    }

    @Override
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) {
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
