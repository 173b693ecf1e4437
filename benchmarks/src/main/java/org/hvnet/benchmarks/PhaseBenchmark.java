// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every phase benchmark shares: the model sizes, and one timed call per invocation (single shot, each on
 * fresh objects) in a forked JVM with the end-to-end flags (C2, 1 GB heap, the parallel collector that {@code hvnet} picks for models over 1 MB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx1g", "-XX:+UseParallelGC" })
@Warmup(iterations = 20)
@Measurement(iterations = 10)
public abstract class PhaseBenchmark {

    /** Hosts of the generated data centre (20 VMs each). */
    @Param({ "250", "500", "1000", "2000" })
    public int hosts;
}
