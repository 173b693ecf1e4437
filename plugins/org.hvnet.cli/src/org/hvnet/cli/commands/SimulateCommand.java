// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.report.ModelCounts;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.report.SimulationResults;
import org.hvnet.cli.Style;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.json.SimulateJson;
import org.hvnet.cli.text.Plural;
import org.hvnet.cli.text.SimulationReport;
import org.hvnet.cli.text.SimulationSummaryText;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.model.SwitchKind;

/**
 * {@code hvnet simulate FILES [--summary] [--json]}: the main report, read top to bottom: the model, the problems
 * found, the planned installs applied with their change reports (I-5) and the implied host vNICs (S-4), the address
 * table (A-rules), the reachability totals (T-8) and the result of every {@code expect}. The problems are printed in
 * the report only; the progress of each phase shows on a terminal's standard error.
 */
public class SimulateCommand implements Subcommand {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "simulate FILES [--summary] [--json]";
    }

    @Override
    public String summary() {
        return "the main job: validates, applies planned installs, plans addresses and checks every expect, in one report";
    }

    @Override
    public String description() {
        return "The main job, in one report read top to bottom: what the model holds, the validation findings, what each"
                + " planned Hyper-V install changes (rules I-1..I-5), the address every interface ends up with (A-1..A-5), how many"
                + " pairs of endpoints reach each other (T-8) and whether each expect line holds. On a terminal, the phases show"
                + " on standard error while they run. For data-centre models, --summary prints totals and the findings grouped"
                + " by rule instead of the full tables. Exits 1 when the model has errors or an expectation fails.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet simulate examples/article.hvnet",
                "hvnet simulate datacentre.hvnet --summary   # totals, findings by rule, failed expectations",
                "hvnet simulate lab.hvnet --json             # the whole report as one JSON document");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("totals and the findings grouped by rule instead of the full tables (for large models)",
                "--summary"), SimulationSubcommand.json("the whole report: model, installs, interfaces, reachability, expectations"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        boolean summary = arguments.flag("--summary");
        SimulationInput input = SimulationInput.load(context, files);
        SimulationResults results = input.simulated() ? SimulationResults.of(input.simulation(), context.progress()) : null;
        context.progress().done();
        if (arguments.flag("--json")) {
            context.printProblems(input.problems());
            JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), SimulateJson.document(input, results, summary)));
            return input.hasErrors() || results == null || results.failed() > 0 ? ExitCode.MODEL_ERRORS : ExitCode.OK;
        }
        printModel(ModelCounts.of(input.model().topologies()), context.out(), context.outStyle());
        SimulationReport report = new SimulationReport(context.out(), context.outStyle());
        SimulationSummaryText summaryText = new SimulationSummaryText(context.out(), context.outStyle());
        if (summary) {
            summaryText.printValidation(input.problems());
        } else {
            report.printValidation(input.problems());
        }
        if (results == null) {
            report.printNotSimulated();
            return ExitCode.MODEL_ERRORS;
        }
        boolean passed = summary ? summaryText.printResults(input, results) : report.printResults(input, results);
        return passed && !input.hasErrors() ? ExitCode.OK : ExitCode.MODEL_ERRORS;
    }

    private static void printModel(ModelCounts counts, java.io.PrintStream out, Style style) {
        out.println(style.heading("Model:") + " " + String.join(", ", counts.topologies()));
        out.println("  " + Plural.of(counts.networks(), "network") + ", " + Plural.of(counts.hosts(), "host") + ", "
                + Plural.of(counts.vms(), "VM") + ", " + Plural.of(counts.interfaces(), "interface") + " written");
        String defaults = counts.switches(SwitchKind.DEFAULT) == 0 ? "" : ", " + counts.switches(SwitchKind.DEFAULT) + " default";
        out.printf("  switches: %d external, %d internal, %d private%s%n", counts.switches(SwitchKind.EXTERNAL),
                counts.switches(SwitchKind.INTERNAL), counts.switches(SwitchKind.PRIVATE), defaults);
    }
}
