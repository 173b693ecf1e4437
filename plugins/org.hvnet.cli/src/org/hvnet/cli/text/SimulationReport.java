package org.hvnet.cli.text;

import java.io.PrintStream;
import java.util.List;

import org.hvnet.cli.SimulationInput;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.analysis.install.ImpliedHostVnic;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallReportText;

/**
 * The sections of {@code hvnet simulate} after the model summary: problems, installs, addresses, reachability totals
 * (T-8), expectations.
 */
public final class SimulationReport {

    private final PrintStream out;

    /** A report printed on {@code out}. */
    public SimulationReport(PrintStream out) {
        this.out = out;
    }

    /** Prints every section; true when there is no error and every expectation passed. */
    public boolean print(SimulationInput input) {
        List<SourceProblem> problems = input.problems();
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        out.println();
        out.println("Validation: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"));
        for (SourceProblem problem : problems) {
            out.println("  " + problem.toText());
        }
        if (!input.simulated()) {
            out.println();
            out.println("Not simulated: fix the errors above first.");
            return false;
        }
        Simulation simulation = input.simulation();
        out.println();
        out.println("Planned installs (rules I-1..I-5):");
        if (simulation.model().installs().isEmpty()) {
            out.println("  none: every host is taken as installed, as written");
        }
        for (InstallReport report : simulation.model().installs()) {
            InstallReportText.lines(report).forEach(line -> out.println("  " + line));
        }
        if (!simulation.model().implied().isEmpty()) {
            out.println("Implied host vNICs (rules S-4, I-2):");
            for (ImpliedHostVnic vnic : simulation.model().implied()) {
                out.println("  " + vnic.host() + "." + vnic.switchName() + ": '" + vnic.name() + "' (rule " + vnic.rule() + ")");
            }
        }
        out.println();
        out.println("Addresses (rules A-1..A-5):");
        AddressTable.print(new IndentedStream(out), simulation.addressTable());
        out.println();
        ReachabilitySummaryText.printTotals(out, simulation.reachabilitySummary());
        out.println();
        List<ExpectationResult> results = simulation.expectations();
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println("Expectations:");
        for (ExpectationResult result : results) {
            SourceLocation at = input.model().locator().locate(result.expectation(), null, -1);
            out.println("  " + (result.passed() ? "PASS" : "FAIL") + "  expect " + result.text() + "  (" + at.file() + ":" + at.line() + ")");
            if (!result.passed()) {
                out.println("        expected: " + result.expected());
                out.println("        found:    " + result.found());
            }
        }
        out.println("  " + (results.size() - failed) + " passed, " + failed + " failed");
        return errors == 0 && failed == 0;
    }
}
