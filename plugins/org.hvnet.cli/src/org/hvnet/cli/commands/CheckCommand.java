// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.Progress;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Style;
import org.hvnet.cli.json.ExpectationsJson;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.simulation.expectations.ExpectationResult;

/** {@code hvnet check FILES [--json]}: evaluates every {@code expect}; prints {@code N passed, N failed}. */
public class CheckCommand extends SimulationSubcommand {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "check FILES [--json]";
    }

    @Override
    public String summary() {
        return "evaluates every expect line on the simulated network";
    }

    @Override
    public String description() {
        return "Evaluates every expect line of the files on the simulated network (planned installs applied): addresses,"
                + " reachability and traces. Prints each failed expectation with its file, line and column, what was expected"
                + " and what the simulation found, then 'N passed, N failed'. Exits 1 when one fails.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet check examples/                  # every lab: 50 passed, 0 failed",
                "hvnet check lab.hvnet --json            # each expectation with its file and line");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(json("{\"passed\", \"failed\", \"expectations\":[{expect, passed, expected, found, file, line, column}]}"));
    }

    @Override
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) {
        Progress progress = context.progress();
        progress.phase("evaluating the expect lines");
        List<ExpectationResult> results = input.simulation().expectations();
        progress.done();
        long failed = results.stream().filter(r -> !r.passed()).count();
        long passed = results.size() - failed;
        if (arguments.flag("--json")) {
            JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), ExpectationsJson.document(results, input.model().locator())));
        } else {
            Style style = context.outStyle();
            for (ExpectationResult result : results) {
                if (!result.passed()) {
                    SourceLocation at = input.model().locator().locate(result.expectation(), null, -1);
                    context.out().println(at.file() + ":" + at.line() + ":" + at.column() + ": " + style.bad("FAILED") + " expect "
                            + result.text() + ": " + result.expected() + ", but " + result.found());
                }
            }
            context.out().println(passed + " passed, " + (failed == 0 ? "0 failed" : style.bad(failed + " failed")));
        }
        return failed == 0;
    }
}
