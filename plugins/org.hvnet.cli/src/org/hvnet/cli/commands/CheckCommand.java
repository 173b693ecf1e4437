package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandContext;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.ExpectationsJson;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.simulation.expectations.ExpectationResult;

import com.google.gson.JsonObject;

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
    protected boolean report(SimulationInput input, boolean json, CommandContext context) {
        List<ExpectationResult> results = input.simulation().expectations();
        long failed = results.stream().filter(r -> !r.passed()).count();
        long passed = results.size() - failed;
        if (json) {
            JsonObject document = new JsonObject();
            document.addProperty("passed", passed);
            document.addProperty("failed", failed);
            document.add("expectations", ExpectationsJson.results(results));
            JsonOutput.print(context.out(), document);
        } else {
            for (ExpectationResult result : results) {
                if (!result.passed()) {
                    SourceLocation at = input.model().locator().locate(result.expectation(), null, -1);
                    context.out().println(at.file() + ":" + at.line() + ":" + at.column() + ": FAILED expect " + result.text() + ": "
                            + result.expected() + ", but " + result.found());
                }
            }
            context.out().println(passed + " passed, " + failed + " failed");
        }
        return failed == 0;
    }
}
