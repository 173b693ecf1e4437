// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.traffic.AddressIndex;
import org.hvnet.simulation.traffic.ReachabilityAnalysis;
import org.hvnet.simulation.traffic.ReachabilitySummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** The reachability summary (T-8) from a fresh analysis, on a snapshot, addresses and index built once. */
public class ReachabilitySummaryBenchmark extends PhaseBenchmark {

    private NetworkSnapshot snapshot;
    private AddressPlan plan;
    private AddressIndex index;

    /** Generates, loads and simulates the model; indexes its addresses. */
    @Setup
    public void simulate() {
        Simulation simulation = Simulation.of(GeneratedTopology.load(hosts).topologies());
        snapshot = simulation.snapshot();
        plan = simulation.addresses();
        index = new AddressIndex(snapshot, plan, snapshot.networkSubnets());
    }

    /** Counts the matrix from class walks. */
    @Benchmark
    public ReachabilitySummary reachabilitySummary() {
        return ReachabilitySummary.of(snapshot, plan, index, new ReachabilityAnalysis(snapshot, plan, index));
    }
}
