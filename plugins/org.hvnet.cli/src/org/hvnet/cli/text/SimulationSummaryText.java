// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hvnet.cli.report.FindingGroup;
import org.hvnet.cli.report.InstallTotals;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.report.SimulationResults;
import org.hvnet.cli.Style;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.simulation.addresses.AddressSource;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.expectations.ExpectationResult;

/**
 * {@code hvnet simulate --summary}: the report of a data-centre model in a screenful. Totals per section, the problems
 * grouped by rule (with the first few of each), and only the expectations that failed.
 */
public final class SimulationSummaryText {

    /** How many failed expectations the summary lists. */
    static final int FAILURES_SHOWN = 20;

    private final PrintStream out;
    private final Style style;

    /** A summary printed on {@code out}, marked in {@code style}. */
    public SimulationSummaryText(PrintStream out, Style style) {
        this.out = out;
        this.style = style;
    }

    /** Prints the validation section: the counts, then the problems grouped by rule. */
    public void printValidation(List<SourceProblem> problems) {
        out.println();
        out.println(style.heading("Validation:") + " " + new SimulationReport(out, style).counts(problems));
        List<FindingGroup> groups = FindingGroup.of(problems);
        if (groups.isEmpty()) {
            return;
        }
        out.println("  by rule, errors first (hvnet validate FILES lists every problem):");
        for (FindingGroup group : groups) {
            out.println("  " + group.rule() + "  " + style.severity(group.severity().name()) + "  " + group.count() + "  " + group.title());
            for (SourceProblem problem : group.first()) {
                out.println("      " + problem.file() + ":" + problem.line() + ":" + problem.column() + ": " + problem.message());
            }
            if (group.count() > group.first().size()) {
                out.println("      and " + (group.count() - group.first().size()) + " more");
            }
        }
    }

    /** Prints the totals of installs, addresses, reachability and expectations; true when every expectation passed. */
    public boolean printResults(SimulationInput input, SimulationResults results) {
        InstallTotals installs = InstallTotals.of(input.simulation().model().installs());
        out.println();
        out.println(style.heading("Planned installs (rules I-1..I-5):"));
        out.println("  " + Plural.of(installs.installs(), "install") + ", " + installs.changed() + " changing their host: created "
                + Plural.of(installs.createdSwitches(), "switch", "switches") + " and " + Plural.of(installs.createdHostVnics(), "host vNIC")
                + "; " + Plural.of(installs.lost(), "setting") + " lost, " + Plural.of(installs.warnings(), "warning"));
        out.println("  implied host vNICs (rules S-4, I-2): " + input.simulation().model().implied().size());
        out.println();
        out.println(style.heading("Addresses (rules A-1..A-5):"));
        Map<AddressSource, Integer> sources = new EnumMap<>(AddressSource.class);
        for (InterfaceAddress row : results.addresses()) {
            sources.merge(row.source(), 1, Integer::sum);
        }
        StringBuilder line = new StringBuilder("  " + Plural.of(results.addresses().size(), "interface") + ":");
        String separator = " ";
        for (AddressSource source : AddressSource.values()) {
            line.append(separator).append(sources.getOrDefault(source, 0)).append(' ').append(source.label());
            separator = ", ";
        }
        out.println(line);
        out.println();
        ReachabilitySummaryText.printTotals(out, results.reachability(), style);
        out.println();
        out.println(style.heading("Expectations:"));
        int shown = 0;
        for (ExpectationResult result : results.expectations()) {
            if (!result.passed() && shown++ < FAILURES_SHOWN) {
                SourceLocation at = input.model().locator().locate(result.expectation(), null, -1);
                out.println("  " + style.bad("FAIL") + "  expect " + result.text() + "  (" + at.file() + ":" + at.line() + ")");
                out.println("        expected: " + result.expected());
                out.println("        found:    " + result.found());
            }
        }
        if (results.failed() > FAILURES_SHOWN) {
            out.println("  and " + (results.failed() - FAILURES_SHOWN) + " more failures (hvnet check FILES lists them all)");
        }
        new SimulationReport(out, style).printExpectationCounts(results);
        return results.failed() == 0;
    }
}
