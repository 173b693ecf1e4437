// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.AclRules;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * What a packet handed to a gateway reaches (rule T-8), per destination class: how many endpoints, and the walk to
 * the internet. A sender hands every destination on none of its device's subnets to the same gateway
 * ({@link PacketWalker#gatewayPort}), and the rest of the walk depends only on that gateway's segment and address,
 * the out-going ACL of the port, and what the walk reads of the source ({@link PacketWalker#walkViaGateway}). So the
 * source classes that share a gateway share these walks: one per gateway and destination class, made on first use.
 * The out-going ACL only filters the walks of the same gateway without it, and walks that read nothing of the
 * source's class (no ACL or NetNat prefix decides by it, X-7, X-1) serve every source class. A gateway whose device
 * forwards what is off its own subnets to a further gateway ({@link PacketWalker#handoff}: a host's RRAS NAT or WinNAT
 * to its LAN's router) takes those destination classes from the further gateway's walks, and one that drops them all
 * (a WinNAT host for a source outside its prefix) reaches none of them, so that walks grow with the gateways plus the
 * networks' gateways times the destination classes, not with every gateway times every class. It finds the classes
 * its device keeps by address ({@link TargetsByAddress}) and stores only those, for the same reason. Through a network
 * router, the walks are made once per step the router takes ({@link RouterSteps}), not once per class.
 */
final class GatewayReach {

    /** The source class of the key of counts that hold for every source class. */
    private static final long ANY_SOURCE_CLASS = Long.MIN_VALUE;

    /**
     * A gateway as the walk after the sender sees it: its segment and address, the out-going ACL of the port the
     * packet leaves by, and what the walk reads of the source (link-local, A-4; NetNat and ACL prefixes).
     */
    private record Gateway(int segment, int address, int aclOut, boolean sourceLinkLocal, long sourceClass) {

        /** Written out, as {@link SourceClassKey#hashCode} is (a record's goes through method handles). */
        @Override
        public int hashCode() {
            long spread = 0x9E3779B97F4A7C15L;
            long hash = ((segment * spread + address) * spread + aclOut) * spread + (sourceLinkLocal ? 1 : 0);
            return IntPair.finish((hash * spread + sourceClass) * spread);
        }

        /** The same gateway as seen by senders of {@code sourceClass}. */
        Gateway of(long sourceClass) {
            return new Gateway(segment, address, aclOut, sourceLinkLocal, sourceClass);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Gateway gateway && gateway.segment == segment && gateway.address == address && gateway.aclOut == aclOut
                    && gateway.sourceLinkLocal == sourceLinkLocal && gateway.sourceClass == sourceClass;
        }
    }

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final ReachabilityAnalysis analysis;
    private final DestinationTally tally;
    private final int[] targets;
    private final TargetsByAddress byAddress;
    private final int internetClass;
    private final Map<Gateway, GatewayCounts> byGateway = new HashMap<>();
    private final Set<Gateway> inProgress = new HashSet<>();
    private int walks;
    /** Whether a walk of the counts being made read the sender's source class (see {@link GatewayCounts#readsSource}). */
    private boolean readsSource;

    /** Walks to the destination classes {@code targets}, and to {@code internetClass} when it is not -1. */
    GatewayReach(NetworkSnapshot net, AddressPlan plan, ReachabilityAnalysis analysis, DestinationTally tally, int[] targets,
            TargetsByAddress byAddress, int internetClass) {
        this.net = net;
        this.plan = plan;
        this.analysis = analysis;
        this.tally = tally;
        this.targets = targets;
        this.byAddress = byAddress;
        this.internetClass = internetClass;
    }

    /** What a sender with address {@code source} reaches through the gateway of its port {@code out}. */
    GatewayCounts through(int out, int source) {
        return through(out, source, analysis.walker().index.sourceClass(source));
    }

    /**
     * As {@link #through(int, int)}, with {@code sourceClass}, the {@link AddressIndex#sourceClass} of {@code source}, known
     * to the caller (a source class's key has it: not looked up again per class through the NetNat and ACL prefixes).
     */
    GatewayCounts through(int out, int source, long sourceClass) {
        AclRules acl = net.aclOut(out);
        if (acl.isEmpty()) {
            return through(out, source, sourceClass, false);
        }
        // rule X-7: the port's out-going ACL decides by destination class before the packet leaves, and then the walk
        // goes on as from a port without it: the ACL filters the counts of that walk, shared with every such port (and
        // with every source class when that walk reads none)
        Gateway anySource = gateway(out, source, ANY_SOURCE_CLASS, net.aclOutKey(out));
        GatewayCounts known = byGateway.get(anySource);
        if (known != null) {
            return known;
        }
        Gateway gateway = anySource.of(sourceClass);
        known = byGateway.get(gateway);
        if (known == null) {
            GatewayCounts past = through(out, source, sourceClass, true);
            known = GatewayCounts.allowedBy(past, acl, targets, analysis::destinationAddress,
                    internetClass < 0 ? 0 : analysis.destinationAddress(internetClass));
            byGateway.put(past.readsSource() ? gateway : anySource, known);
        }
        return known;
    }

    private Gateway gateway(int out, int source, long sourceClass, int aclOut) {
        return new Gateway(net.segment(out), plan.gateway(out), aclOut, Ipv4Address.ofBits(source).isLinkLocal(), sourceClass);
    }

    /**
     * As {@link #through(int, int, long)}; {@code pastAcl}: as if the port had no out-going ACL (or the packet passed it).
     * Counts that read nothing of the source's class are kept for any source class: the senders of other classes (a
     * back-end NIC routed out by the front-end's gateway, a NetNat's internal addresses) share them.
     */
    private GatewayCounts through(int out, int source, long sourceClass, boolean pastAcl) {
        // counts for any source class are looked up first: most gateways' walks read nothing of the source, and those
        // counts are then not stored again under each source class that asks
        Gateway anySource = gateway(out, source, ANY_SOURCE_CLASS, 0);
        GatewayCounts known = byGateway.get(anySource);
        if (known != null) {
            return known;
        }
        Gateway gateway = anySource.of(sourceClass);
        known = byGateway.get(gateway);
        if (known != null) {
            return known;
        }
        PacketWalker walker = analysis.walker();
        // a gateway that hands what is off its subnets to a further gateway shares that gateway's walks (a host's NAT
        // to its LAN's router): walks per gateway stay linear in the model, not gateways x destination classes
        boolean entered = inProgress.add(gateway); // a loop of gateways back to this one is walked, not shared
        Handoff next = entered ? walker.handoff(out, source) : null;
        try {
            GatewayCounts further = next == null ? null : next.nowhere() ? GatewayCounts.NOWHERE : through(next.port(), next.source());
            GatewayCounts reach = walk(out, source, pastAcl, next, further, further == null ? -1 : walker.gatewayDevice(out));
            byGateway.put(reach.readsSource() ? gateway : anySource, reach);
            return reach;
        } finally {
            if (entered) {
                inProgress.remove(gateway);
            }
        }
    }

    private GatewayCounts walk(int out, int source, boolean pastAcl, Handoff next, GatewayCounts further, int handingDevice) {
        PacketWalker walker = analysis.walker();
        readsSource = false;
        if (further == null) {
            long[] reached = new long[tally.classCount()];
            long total = 0;
            WalkOutcome toInternet = null;
            // through a network router, one walk per step it takes (T-3a), not per destination class
            int routerPort = RouterSteps.port(walker, out, pastAcl);
            WalkOutcome[] bySteps = routerPort < 0 ? null : new WalkOutcome[RouterSteps.count()];
            for (int target : targets) {
                WalkOutcome path;
                if (bySteps == null) {
                    path = walkTo(out, target, source, pastAcl);
                } else {
                    int step = RouterSteps.step(walker, routerPort, source, analysis.destinationAddress(target));
                    path = bySteps[step] != null ? bySteps[step] : (bySteps[step] = walkTo(out, target, source, pastAcl));
                }
                reached[target] = tally.reached(path, target);
                toInternet = target == internetClass ? path : toInternet;
                total += reached[target];
            }
            if (internetClass >= 0 && toInternet == null) {
                toInternet = walkTo(out, internetClass, source, pastAcl);
            }
            return new GatewayCounts(null, null, reached, total, toInternet, readsSource);
        }
        // the classes the handing device keeps (its connected subnets, link-local ones: what it does not hand off) are
        // walked from here
        int[] own = byAddress.inSubnetsOf(handingDevice, true, net, plan);
        long[] reached = new long[own.length];
        long total = further.total();
        WalkOutcome toInternet = null;
        for (int i = 0; i < own.length; i++) {
            WalkOutcome path = walkTo(out, own[i], source, pastAcl);
            reached[i] = tally.reached(path, own[i]);
            toInternet = own[i] == internetClass ? path : toInternet;
            total += reached[i] - further.reached(own[i]);
        }
        if (internetClass >= 0 && toInternet == null) {
            toInternet = walker.handsOff(handingDevice, analysis.destinationAddress(internetClass)) ? further.toInternet()
                    : walkTo(out, internetClass, source, pastAcl);
        }
        // the hand-off decision may read the source; the further walks do too unless a NAT translated it
        readsSource |= walker.handoffReadsSource(out) || (next.source() == source && further.readsSource());
        return new GatewayCounts(further, own, reached, total, toInternet, readsSource);
    }

    private WalkOutcome walkTo(int out, int destinationClass, int source, boolean pastAcl) {
        walks++;
        WalkOutcome path = analysis.walker().walkViaGateway(out, analysis.destinationAddress(destinationClass), source, pastAcl);
        readsSource |= path.readsSource();
        return path;
    }

    /** How many walks were made so far. */
    int walks() {
        return walks;
    }
}
