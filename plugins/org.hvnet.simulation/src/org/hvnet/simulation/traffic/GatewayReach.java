package org.hvnet.simulation.traffic;

import java.util.HashMap;
import java.util.Map;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * What a packet handed to a gateway reaches (rule T-8), per destination class: how many endpoints, and the walk to
 * the internet. A sender hands every destination on none of its device's subnets to the same gateway
 * ({@link PacketWalker#gatewayPort}), and the rest of the walk depends only on that gateway's segment and address
 * and on whether the source is link-local ({@link PacketWalker#walkViaGateway}). So the source classes that share
 * a gateway share these walks: one per gateway and destination class, made on first use.
 */
final class GatewayReach {

    /** A gateway as the walk after the sender sees it. */
    private record Gateway(int segment, int address, boolean sourceLinkLocal) {
    }

    /** The endpoints reached through one gateway, per destination class and in total, and the walk to the internet. */
    record Reach(long[] reached, long total, WalkOutcome toInternet) {
    }

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final ReachabilityAnalysis analysis;
    private final DestinationTally tally;
    private final int[] targets;
    private final int internetClass;
    private final Map<Gateway, Reach> byGateway = new HashMap<>();
    private int walks;

    /** Walks to the destination classes {@code targets}, and to {@code internetClass} when it is not -1. */
    GatewayReach(NetworkSnapshot net, AddressPlan plan, ReachabilityAnalysis analysis, DestinationTally tally, int[] targets,
            int internetClass) {
        this.net = net;
        this.plan = plan;
        this.analysis = analysis;
        this.tally = tally;
        this.targets = targets;
        this.internetClass = internetClass;
    }

    /** What a sender reaches through the gateway of its port {@code out}. */
    Reach through(int out, boolean sourceLinkLocal) {
        return byGateway.computeIfAbsent(new Gateway(net.segment(out), plan.gateway(out), sourceLinkLocal), g -> walk(out, sourceLinkLocal));
    }

    private Reach walk(int out, boolean sourceLinkLocal) {
        long[] reached = new long[tally.classCount()];
        long total = 0;
        WalkOutcome toInternet = null;
        for (int target : targets) {
            WalkOutcome path = walkTo(out, target, sourceLinkLocal);
            reached[target] = tally.reached(path, target);
            total += reached[target];
            toInternet = target == internetClass ? path : toInternet;
        }
        if (internetClass >= 0 && toInternet == null) {
            toInternet = walkTo(out, internetClass, sourceLinkLocal);
        }
        return new Reach(reached, total, toInternet);
    }

    private WalkOutcome walkTo(int out, int destinationClass, boolean sourceLinkLocal) {
        walks++;
        return analysis.walker().walkViaGateway(out, analysis.destinationAddress(destinationClass), sourceLinkLocal);
    }

    /** How many walks were made so far. */
    int walks() {
        return walks;
    }
}
