package org.hvnet.cli.commands;

import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.ExpectationsJson;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.dsl.loading.SourceLocation;
import org.hvnet.dsl.loading.UnreadableInputException;
import org.hvnet.simulation.expectations.ExpectationResult;

import com.google.gson.JsonObject;

/** {@code hvnet check FILES [--json]}: evaluates every {@code expect}; prints {@code N passed, N failed}. */
public class CheckCommand implements Subcommand {

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
        List<ExpectationResult> results = input.simulation().expectations();
        long failed = results.stream().filter(r -> !r.passed()).count();
        long passed = results.size() - failed;
        if (arguments.flag("--json")) {
            JsonObject json = new JsonObject();
            json.addProperty("passed", passed);
            json.addProperty("failed", failed);
            json.add("expectations", ExpectationsJson.results(results));
            JsonOutput.print(context.out(), json);
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
        return failed > 0 || input.hasErrors() ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }
}
