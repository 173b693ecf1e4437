// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.List;

import org.hvnet.model.Topology;
import org.hvnet.analysis.SimulatedModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** The install transformation: planned installs applied and implied host vNICs added, on fresh copies. */
public class InstallBenchmark extends PhaseBenchmark {

    private List<Topology> written;

    /** Generates and loads the model. */
    @Setup
    public void load() {
        written = GeneratedTopology.load(hosts).topologies();
    }

    /** Builds the simulated model. */
    @Benchmark
    public SimulatedModel install() {
        return SimulatedModel.of(written);
    }
}
