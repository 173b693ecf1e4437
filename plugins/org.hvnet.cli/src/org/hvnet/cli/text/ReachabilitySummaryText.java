// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.text;

import java.io.PrintStream;

import org.hvnet.cli.Style;
import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * The reachability summary as text (rule T-8): the totals in a few lines, for {@code hvnet simulate} and
 * {@code hvnet reach --summary}, and for the latter one aligned line per group, fewest reached first.
 */
public final class ReachabilitySummaryText {

    private ReachabilitySummaryText() {
    }

    /** Prints the totals under the heading {@code Reachability (rule T-8):}. */
    public static void printTotals(PrintStream out, ReachabilitySummary summary) {
        printTotals(out, summary, Style.PLAIN);
    }

    /** Prints the totals under the heading, marked in {@code style}. */
    public static void printTotals(PrintStream out, ReachabilitySummary summary, Style style) {
        out.println(style.heading("Reachability (rule T-8):"));
        out.printf("  %d endpoints, %d ordered pairs, %d reachable (%s)%n", summary.endpoints(), summary.pairs(), summary.reachablePairs(),
                percent(summary.reachablePairs(), summary.pairs()));
        out.printf("  %d reach the internet, %d reach nothing%n", summary.reachInternet(), summary.reachNothing());
        out.printf("  counted from %d source classes x %d destination classes in %d class walks, not pair by pair%n",
                summary.sourceClasses(), summary.destinationClasses(), summary.walks());
    }

    /** Prints the totals, then one line per group: how many endpoints its members reach, how many members, the internet. */
    public static void printWithGroups(PrintStream out, ReachabilitySummary summary) {
        printTotals(out, summary);
        out.println();
        out.println("Groups (one per source class: members make the same walks; fewest reached first):");
        String[] header = { "REACHES", "MEMBERS", "INTERNET", "ENDPOINT" };
        int reachWidth = header[0].length();
        int memberWidth = header[1].length();
        for (ReachGroup group : summary.groups()) {
            reachWidth = Math.max(reachWidth, reaches(group).length());
            memberWidth = Math.max(memberWidth, Integer.toString(group.members()).length());
        }
        String format = "  %" + reachWidth + "s  %" + memberWidth + "s  %-8s  %s%n";
        out.printf(format, (Object[]) header);
        for (ReachGroup group : summary.groups()) {
            String internet = group.endpoint().equals("internet") ? "-" : group.internet() ? "yes" : "no";
            out.printf(format, reaches(group), group.members(), internet, group.endpoint()
                    + (group.members() > 1 ? " and " + (group.members() - 1) + " more" : ""));
        }
    }

    private static String reaches(ReachGroup group) {
        return group.reaches() == group.reachesMost() ? Integer.toString(group.reaches()) : group.reaches() + "-" + group.reachesMost();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0%" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
