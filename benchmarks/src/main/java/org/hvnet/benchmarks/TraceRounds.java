// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.Arrays;

import org.hvnet.simulation.traffic.PacketTracer;
import org.hvnet.simulation.traffic.ResolvedEndpoint;

/**
 * Times rounds of traces over the same pairs: two warm-up rounds, then five; reports the median round's total and
 * the median of every single measured trace.
 */
public final class TraceRounds {

    /** The median round's total in milliseconds, the median single trace in microseconds, deliveries per round. */
    public record Result(double totalMillis, double medianMicros, int delivered) {
    }

    private TraceRounds() {
    }

    /** Traces every pair, round after round. */
    public static Result run(PacketTracer tracer, ResolvedEndpoint[][] pairs) {
        int rounds = PhaseTimer.RUNS;
        double[] totals = new double[rounds];
        long[] singles = new long[rounds * pairs.length];
        int delivered = 0;
        for (int round = -PhaseTimer.WARM_UPS; round < rounds; round++) {
            delivered = 0;
            long roundStart = System.nanoTime();
            for (int i = 0; i < pairs.length; i++) {
                long start = System.nanoTime();
                boolean ok = tracer.trace(pairs[i][0], pairs[i][1]).delivered();
                long elapsed = System.nanoTime() - start;
                delivered += ok ? 1 : 0;
                if (round >= 0) {
                    singles[round * pairs.length + i] = elapsed;
                }
            }
            if (round >= 0) {
                totals[round] = (System.nanoTime() - roundStart) / 1e6;
            }
        }
        Arrays.sort(totals);
        Arrays.sort(singles);
        return new Result(totals[rounds / 2], singles[singles.length / 2] / 1e3, delivered);
    }
}
