// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/** Times a phase in-process: two warm-up runs, then the median of five runs, each on fresh objects and a collected heap. */
public final class PhaseTimer {

    /** Runs before the measured ones. */
    public static final int WARM_UPS = 2;
    /** Measured runs; the median is reported. */
    public static final int RUNS = 5;

    /** What the last run returned, and the median time of the measured runs in milliseconds. */
    public record Timed<T>(T result, double millis) {
    }

    private PhaseTimer() {
    }

    /** Runs {@code phase} {@code WARM_UPS + RUNS} times; only the last result is kept alive between runs. */
    public static <T> Timed<T> median(Supplier<T> phase) {
        return median(() -> null, input -> phase.get());
    }

    /** As {@link #median(Supplier)}, on a fresh input made (untimed) before each run. */
    public static <I, T> Timed<T> median(Supplier<I> input, Function<I, T> phase) {
        double[] millis = new double[RUNS];
        T result = null;
        for (int run = -WARM_UPS; run < RUNS; run++) {
            result = null; // the previous run's objects may be collected during this run
            I fresh = input.get();
            // each run starts on a collected heap: it pays for its own garbage, not for the debt of earlier runs or
            // phases (without it, a full collection landing in one run or another decided the growth ratios)
            System.gc();
            long start = System.nanoTime();
            result = phase.apply(fresh);
            long elapsed = System.nanoTime() - start;
            if (run >= 0) {
                millis[run] = elapsed / 1e6;
            }
        }
        Arrays.sort(millis);
        return new Timed<>(result, millis[RUNS / 2]);
    }
}
