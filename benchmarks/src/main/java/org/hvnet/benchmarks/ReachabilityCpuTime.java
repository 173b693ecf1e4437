// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.traffic.AddressIndex;
import org.hvnet.simulation.traffic.ReachabilityAnalysis;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * The reachability summary (rule T-8) of several generated data centres in one JVM, timed by the measuring thread's
 * own CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}), which a loaded machine disturbs far less than the wall
 * time: the models' summaries alternate round by round, so that a busy moment hits all of them. Per model it prints
 * the classes, the class walks and the reachable pairs (which must not change when only the counting changes), then
 * the CPU milliseconds of every round, and their median and least after the first third of the rounds (warm-up).
 * Usage: {@code ReachabilityCpuTime HOSTS ROUNDS SHARES...}, each SHARES as {@code VLAN,NAT,SET,ACL} percentages
 * ({@code 0,0,0,0} for the classic model), 20 VMs per host, seed 1.
 */
public final class ReachabilityCpuTime {

    /** One model's summary inputs, built once (snapshot, addresses, index). */
    private record Model(String shares, NetworkSnapshot snapshot, AddressPlan plan, AddressIndex index) {

        ReachabilitySummary summary() {
            return ReachabilitySummary.of(snapshot, plan, index, new ReachabilityAnalysis(snapshot, plan, index));
        }
    }

    private ReachabilityCpuTime() {
    }

    /** Measures; the table goes to standard output. */
    public static void main(String[] args) {
        int hosts = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Model> models = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            models.add(model(hosts, args[i]));
        }
        long[][] cpuNanos = new long[models.size()][rounds];
        ReachabilitySummary[] last = new ReachabilitySummary[models.size()];
        for (int round = 0; round < rounds; round++) {
            for (int m = 0; m < models.size(); m++) {
                last[m] = null;
                System.gc(); // each run pays for its own garbage only
                long start = threads.getCurrentThreadCpuTime();
                last[m] = models.get(m).summary();
                cpuNanos[m][round] = threads.getCurrentThreadCpuTime() - start;
            }
        }
        int warmUps = rounds / 3; // the JIT still speeds the first rounds up
        System.out.println("shares\tsourceClasses\tdestinationClasses\twalks\treachablePairs\treachInternet\tcpuMs per round\tmedian and least of rounds "
                + (warmUps + 1) + ".." + rounds);
        for (int m = 0; m < models.size(); m++) {
            ReachabilitySummary summary = last[m];
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t", models.get(m).shares(),
                    summary.sourceClasses(), summary.destinationClasses(), summary.walks(), summary.reachablePairs(), summary.reachInternet()));
            for (long nanos : cpuNanos[m]) {
                line.append(String.format(Locale.ROOT, "%.0f ", nanos / 1e6));
            }
            long[] steady = Arrays.copyOfRange(cpuNanos[m], Math.min(warmUps, rounds - 1), rounds);
            Arrays.sort(steady);
            line.append(String.format(Locale.ROOT, "\t%.0f %.0f", steady[steady.length / 2] / 1e6, steady[0] / 1e6));
            System.out.println(line);
        }
    }

    private static Model model(int hosts, String sharesText) {
        String[] parts = sharesText.split(",");
        TodaysShares shares = new TodaysShares(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]));
        String text = TopologyGenerator.generate(new GeneratorSettings(hosts, GeneratedTopology.VMS_PER_HOST, GeneratedTopology.SEED, shares));
        LoadedModel loaded = GeneratedTopology.load(java.nio.file.Path.of("generated-" + sharesText.replace(',', '-') + ".hvnet"), text);
        Simulation simulation = Simulation.of(loaded.topologies());
        NetworkSnapshot snapshot = simulation.snapshot();
        AddressPlan plan = simulation.addresses();
        return new Model(sharesText, snapshot, plan, new AddressIndex(snapshot, plan, snapshot.networkSubnets()));
    }
}
