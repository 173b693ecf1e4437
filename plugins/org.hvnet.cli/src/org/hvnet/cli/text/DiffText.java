// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import java.io.PrintStream;
import java.util.List;

import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.simulation.diff.AddressChange;
import org.hvnet.simulation.diff.DiagnosticChanges;
import org.hvnet.simulation.diff.ElementChange;
import org.hvnet.simulation.diff.ExpectationFlip;
import org.hvnet.simulation.diff.ModelDifference;
import org.hvnet.simulation.traffic.ReachDifference;

/** The text report of {@code hvnet diff}: one section per kind of change that has any, or {@code no differences}. */
public final class DiffText {

    private DiffText() {
    }

    /** Prints the report. */
    public static void print(PrintStream out, ModelDifference difference, DiagnosticChanges<SourceProblem> diagnostics) {
        if (difference.isEmpty() && diagnostics.isEmpty()) {
            out.println("no differences");
            return;
        }
        if (!difference.elements().isEmpty()) {
            out.println("elements: " + difference.elements().added().size() + " added, " + difference.elements().removed().size()
                    + " removed, " + difference.elements().changed().size() + " changed");
            elements(out, "added", difference.elements().added());
            elements(out, "removed", difference.elements().removed());
            elements(out, "changed", difference.elements().changed());
        }
        if (!difference.addresses().isEmpty()) {
            out.println("addresses: " + Plural.of(difference.addresses().size(), "interface") + " changed");
            for (AddressChange change : difference.addresses()) {
                out.println("  " + change.iface() + ": " + address(change.oldAddress(), change.oldSource()) + " -> "
                        + address(change.newAddress(), change.newSource()));
            }
        }
        ReachDifference reach = difference.reach();
        if (!reach.isEmpty()) {
            out.println("reachability: " + Plural.of(reach.gained(), "pair") + " gained, " + reach.lost() + " lost");
            for (ReachDifference.PairChange pair : reach.pairs()) {
                out.println("  " + pair.change() + " " + pair.from() + " -> " + pair.to());
            }
            long total = reach.gained() + reach.lost();
            if (reach.pairs().size() < total) {
                out.println("  (" + reach.pairs().size() + " of " + total + " listed; --limit N lists more)");
            }
        }
        if (!diagnostics.isEmpty()) {
            out.println("diagnostics: " + diagnostics.added().size() + " new, " + diagnostics.fixed().size() + " fixed");
            diagnostics.added().forEach(problem -> out.println("  new " + problem.toText()));
            diagnostics.fixed().forEach(problem -> out.println("  fixed " + problem.toText()));
        }
        if (!difference.expectations().isEmpty()) {
            out.println("expectations: " + difference.expectations().size() + " flipped");
            for (ExpectationFlip flip : difference.expectations()) {
                out.println("  expect " + flip.line() + ": " + ExpectationFlip.verdict(flip.oldPassed()) + " -> "
                        + ExpectationFlip.verdict(flip.newPassed()));
            }
        }
    }

    private static void elements(PrintStream out, String what, List<ElementChange> changes) {
        for (ElementChange change : changes) {
            out.println("  " + what + " " + change.kind() + " " + change.name()
                    + (change.changes().isEmpty() ? "" : ": " + String.join("; ", change.changes())));
        }
    }

    private static String address(String address, String source) {
        if (source == null) {
            return "(absent)";
        }
        return address == null ? "none" : address + " (" + source + ")";
    }
}
