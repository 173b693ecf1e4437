// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.addresses.DhcpLeasePlanner;
import org.hvnet.simulation.snapshot.SnapshotBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Segments and addresses: the immutable snapshot (segments by union-find) and every port's address. */
public class SegmentsAndAddressesBenchmark extends PhaseBenchmark {

    private SimulatedModel simulated;

    /** Generates, loads and installs the model. */
    @Setup
    public void install() {
        simulated = SimulatedModel.of(GeneratedTopology.load(hosts).topologies());
    }

    /** Builds the segments, the written order, the MACs and the snapshot, and plans its addresses. */
    @Benchmark
    public AddressPlan segmentsAndAddresses() {
        return DhcpLeasePlanner.plan(SnapshotBuilder.build(simulated.uncached()));
    }
}
