// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.concurrent.TimeUnit;

import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ResolvedEndpoint;
import org.hvnet.simulation.traffic.Trace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/** A single trace (T-7) between interfaces drawn with a fixed seed; sampled, so JMH reports the median (p0.50). */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class TraceBenchmark extends PhaseBenchmark {

    private static final int PAIRS = 1000;

    private Simulation simulation;
    private ResolvedEndpoint[][] pairs;
    private int next;

    /** Generates, loads and simulates the model; draws the pairs. */
    @Setup
    public void simulate() {
        simulation = Simulation.of(GeneratedTopology.load(hosts).topologies());
        pairs = TracePairs.draw(simulation.snapshot(), simulation.addresses(), PAIRS);
    }

    /** Traces the next pair. */
    @Benchmark
    public Trace trace() {
        ResolvedEndpoint[] pair = pairs[next];
        next = (next + 1) % PAIRS;
        return simulation.trace(pair[0], pair[1]);
    }
}
