// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.report;

import java.util.List;

import org.hvnet.cli.Progress;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * Everything {@code hvnet simulate} reports after validation, computed phase by phase (with progress) before a line is
 * printed: the address table (A-rules), the reachability totals (T-8) and the result of every {@code expect}.
 */
public record SimulationResults(List<InterfaceAddress> addresses, ReachabilitySummary reachability, List<ExpectationResult> expectations) {

    /** Computes the results of a simulation, showing each phase on {@code progress}. */
    public static SimulationResults of(Simulation simulation, Progress progress) {
        List<InterfaceAddress> addresses = simulation.addressTable();
        progress.phase("counting the reachability of " + Progress.count(addresses.size(), "interface"));
        ReachabilitySummary reachability = simulation.reachabilitySummary();
        progress.phase("evaluating the expect lines");
        List<ExpectationResult> expectations = simulation.expectations();
        progress.phase("writing the report");
        return new SimulationResults(addresses, reachability, expectations);
    }

    /** How many expectations failed. */
    public long failed() {
        return expectations.stream().filter(r -> !r.passed()).count();
    }
}
