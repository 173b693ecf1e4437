// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ReachGroup;
import org.hvnet.simulation.traffic.ReachabilitySummary;

/**
 * A SHA-256 digest of the whole reachability summary (rule T-8) of generated data centres, to compare two builds of the
 * counting: the endpoints, reachable pairs, internet column, classes, every endpoint's count and the groups in their
 * order go into the digest; the class walks are printed beside it (a change that shares walks changes them alone).
 * Usage: {@code ReachabilityDigest HOSTS SHARES...}, each SHARES as {@code VLAN,NAT,SET,ACL} percentages, 20 VMs per
 * host, seed 1 (as {@link ReachabilityCpuTime}).
 */
public final class ReachabilityDigest {

    private ReachabilityDigest() {
    }

    /** Prints one line per model: its shares, sizes, class walks and digest. */
    public static void main(String[] args) throws NoSuchAlgorithmException {
        int hosts = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] parts = args[i].split(",");
            TodaysShares shares = new TodaysShares(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]));
            String text = TopologyGenerator.generate(new GeneratorSettings(hosts, GeneratedTopology.VMS_PER_HOST, GeneratedTopology.SEED, shares));
            Simulation simulation = Simulation.of(GeneratedTopology.load(java.nio.file.Path.of("generated.hvnet"), text).topologies());
            ReachabilitySummary summary = simulation.reachabilitySummary();
            StringBuilder whole = new StringBuilder();
            whole.append(summary.endpoints()).append(' ').append(summary.reachablePairs()).append(' ').append(summary.reachInternet())
                    .append(' ').append(summary.reachNothing()).append(' ').append(summary.sourceClasses()).append(' ')
                    .append(summary.destinationClasses()).append('\n');
            for (int endpoint = 0; endpoint < summary.endpoints(); endpoint++) {
                whole.append(summary.reaches(endpoint)).append(',');
            }
            whole.append('\n');
            for (ReachGroup group : summary.groups()) {
                whole.append(group).append('\n');
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(whole.toString().getBytes(StandardCharsets.UTF_8));
            System.out.println(hosts + " hosts, shares " + args[i] + ": endpoints " + summary.endpoints() + ", reachable pairs "
                    + summary.reachablePairs() + ", source classes " + summary.sourceClasses() + ", class walks " + summary.walks()
                    + ", digest " + HexFormat.of().formatHex(digest));
        }
    }
}
