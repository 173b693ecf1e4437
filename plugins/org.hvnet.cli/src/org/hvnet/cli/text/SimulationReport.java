// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import java.io.PrintStream;
import java.util.List;

import org.hvnet.analysis.install.ImpliedHostVnic;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallReportText;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.report.SimulationResults;
import org.hvnet.cli.Style;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;

/**
 * The sections of {@code hvnet simulate} after the model summary: problems, installs, addresses, reachability totals
 * (T-8), expectations. The problems are printed here only (not again on standard error).
 */
public final class SimulationReport {

    private final PrintStream out;
    private final Style style;

    /** A report printed on {@code out}, marked in {@code style}. */
    public SimulationReport(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** Prints the validation section: the counts, then every problem. */
    public void printValidation(List<SourceProblem> problems) {
        out.println();
        out.println(style.heading("Validation:") + " " + counts(problems));
        for (SourceProblem problem : problems) {
            out.println("  " + ProblemText.line(problem, style));
        }
    }

    /** {@code N errors, N warnings}, coloured when not zero. */
    String counts(List<SourceProblem> problems) {
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        String errorCount = Plural.of(errors, "error");
        String warningCount = Plural.of(warnings, "warning");
        return (errors == 0 ? errorCount : style.bad(errorCount)) + ", " + (warnings == 0 ? warningCount : style.warning(warningCount));
    }

    /** Prints the line that says the model was not simulated. */
    public void printNotSimulated() {
        out.println();
        out.println("Not simulated: fix the errors above first.");
    }

    /** Prints every section after validation; true when every expectation passed. */
    public boolean printResults(SimulationInput input, SimulationResults results) {
        Simulation simulation = input.simulation();
        out.println();
        out.println(style.heading("Planned installs (rules I-1..I-5):"));
        if (simulation.model().installs().isEmpty()) {
            out.println("  none: every host is taken as installed, as written");
        }
        for (InstallReport report : simulation.model().installs()) {
            InstallReportText.lines(report).forEach(line -> out.println("  " + line));
        }
        if (!simulation.model().implied().isEmpty()) {
            out.println(style.heading("Implied host vNICs (rules S-4, I-2):"));
            for (ImpliedHostVnic vnic : simulation.model().implied()) {
                out.println("  " + vnic.host() + "." + vnic.switchName() + ": '" + vnic.name() + "' (rule " + vnic.rule() + ")");
            }
        }
        out.println();
        out.println(style.heading("Addresses (rules A-1..A-5):"));
        AddressTable.print(new IndentedStream(out), results.addresses());
        out.println();
        ReachabilitySummaryText.printTotals(out, results.reachability(), style);
        out.println();
        out.println(style.heading("Expectations:"));
        for (ExpectationResult result : results.expectations()) {
            SourceLocation at = input.model().locator().locate(result.expectation(), null, -1);
            out.println("  " + (result.passed() ? style.good("PASS") : style.bad("FAIL")) + "  expect " + result.text() + "  (" + at.file()
                    + ":" + at.line() + ")");
            if (!result.passed()) {
                out.println("        expected: " + result.expected());
                out.println("        found:    " + result.found());
            }
        }
        printExpectationCounts(results);
        return results.failed() == 0;
    }

    /** {@code   N passed, N failed}. */
    void printExpectationCounts(SimulationResults results) {
        long failed = results.failed();
        out.println("  " + (results.expectations().size() - failed) + " passed, " + (failed == 0 ? "0 failed" : style.bad(failed + " failed")));
    }
}
