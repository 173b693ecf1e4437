// SPDX-License-Identifier: EPL-2.0
package org.hvnet.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.traffic.ResolvedEndpoint;

/** Source and destination pairs for traces, drawn with a fixed seed from the interfaces that have an address. */
public final class TracePairs {

    /** The seed of every draw. */
    public static final long SEED = 20_261_127L;

    private TracePairs() {
    }

    /** {@code count} pairs {@code [from, to]} of distinct addressed interfaces. */
    public static ResolvedEndpoint[][] draw(NetworkSnapshot net, AddressPlan plan, int count) {
        List<ResolvedEndpoint> addressed = new ArrayList<>();
        for (int port = 0; port < net.interfaceCount(); port++) {
            if (plan.hasAddress(port)) {
                addressed.add(new ResolvedEndpoint(net.label(port), port, true, plan.address(port), false, null));
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        ResolvedEndpoint[][] pairs = new ResolvedEndpoint[count][];
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(addressed.size());
            int to = random.nextInt(addressed.size() - 1);
            pairs[i] = new ResolvedEndpoint[] { addressed.get(from), addressed.get(to >= from ? to + 1 : to) };
        }
        return pairs;
    }
}
