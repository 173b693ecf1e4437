// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.Arrays;

import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The class walks of a source class to the destination classes it does not hand to a gateway (rule T-8), made once
 * per way they can end. A sender that drops at the source (T-4 duplicate) drops every destination alike. Any other
 * sends a destination on one of its device's subnets on-link through the port of that subnet (T-2, T-3): its
 * out-going ACL decides by the destination, and otherwise the walk ends at the on-link lookup of the port's
 * segment, left to each destination. So the classes of one subnet that the ACL treats alike share one walk: the
 * prefixes that refine a subnet into several classes (a NetNat's static mapping, X-1; a port ACL's prefix, X-7)
 * then add no walk to every sender on that subnet.
 */
final class OnLinkWalks {

    private final NetworkSnapshot net;
    private final ReachabilityAnalysis analysis;
    private int[] ports = new int[8];
    private boolean[] allowed = new boolean[8];
    private WalkOutcome[] made = new WalkOutcome[8];
    /** The walks of the last call, by position in its classes (one array for every source class, not one each). */
    private WalkOutcome[] paths = new WalkOutcome[16];
    private int walks;

    OnLinkWalks(NetworkSnapshot net, ReachabilityAnalysis analysis) {
        this.net = net;
        this.analysis = analysis;
    }

    /**
     * The walks of {@code sourceClass} to each class of {@code own}, which are all on its device's subnets unless it drops
     * at the source: the first {@code own.length} of the array returned, which is reused by the next call.
     * {@code connectedPorts}: by position in {@code own}, the port of the device's connected subnet holding the class
     * ({@link DeviceRoutes#connectedPort}), asked once per device; unused for a class that drops at the source.
     */
    WalkOutcome[] to(int sourceClass, int[] own, int[] connectedPorts) {
        int representative = analysis.representative(sourceClass);
        PacketWalker walker = analysis.walker();
        boolean dropsAtSource = analysis.dropsAtSource(sourceClass);
        if (paths.length < own.length) {
            paths = new WalkOutcome[Math.max(own.length, 2 * paths.length)];
        }
        int kept = 0;
        for (int i = 0; i < own.length; i++) {
            int destination = analysis.destinationAddress(own[i]);
            // rule T-4: a duplicate source drops before anything reads the destination; else the port it goes out by
            int port = dropsAtSource ? -1 : walker.plan.inSubnet(representative, destination) ? representative : connectedPorts[i];
            boolean passes = port < 0 || net.aclOut(port).allows(destination); // X-7, alike for the whole class
            int found = dropsAtSource || port >= 0 ? find(kept, port, passes) : -1;
            if (found >= 0) {
                paths[i] = made[found];
                continue;
            }
            walks++;
            paths[i] = walker.walk(representative, destination, true);
            if (dropsAtSource || port >= 0) {
                kept = keep(kept, port, passes, paths[i]);
            }
        }
        Arrays.fill(made, 0, kept, null);
        return paths;
    }

    private int find(int kept, int port, boolean passes) {
        for (int i = 0; i < kept; i++) {
            if (ports[i] == port && allowed[i] == passes) {
                return i;
            }
        }
        return -1;
    }

    private int keep(int kept, int port, boolean passes, WalkOutcome path) {
        if (kept == ports.length) {
            ports = Arrays.copyOf(ports, kept * 2);
            allowed = Arrays.copyOf(allowed, kept * 2);
            made = Arrays.copyOf(made, kept * 2);
        }
        ports[kept] = port;
        allowed[kept] = passes;
        made[kept] = path;
        return kept + 1;
    }

    /** How many walks were made so far. */
    int walks() {
        return walks;
    }
}
