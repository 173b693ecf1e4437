// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.function.IntUnaryOperator;

import org.hvnet.simulation.snapshot.AclRules;

/**
 * The endpoints a packet handed to one gateway reaches (rule T-8), per destination class and in total, and its walk
 * to the internet (null without one, or when it cannot get there). Counts of a gateway that hands off to a further
 * one ({@link PacketWalker#handoff}) keep only the classes its device keeps and read the others from the further
 * gateway's counts; {@link #NOWHERE} stands for a device that drops all it would hand off.
 */
final class GatewayCounts {

    /** Reaches nothing in any class (a device that drops every packet it would hand off, T-1, T-3, T-5, X-7). */
    static final GatewayCounts NOWHERE = new GatewayCounts(null, new int[0], new long[0], 0, null, false);

    private final GatewayCounts further;
    private final int[] ownTargets;
    private final long[] ownReached;
    /** By destination class: its index in {@code ownTargets}, or -1 (asked once per class a sender keeps, for every sender). */
    private final int[] ownIndex;
    private final long total;
    private final WalkOutcome toInternet;
    private final boolean readsSource;

    /**
     * Counts of {@code ownTargets}, or of every class (indexed by class) when it is null; the other classes are
     * those of {@code further}, or none. {@code readsSource}: whether they depend on the sender's source class.
     */
    GatewayCounts(GatewayCounts further, int[] ownTargets, long[] ownReached, long total, WalkOutcome toInternet, boolean readsSource) {
        this.further = further;
        this.ownTargets = ownTargets;
        this.ownReached = ownReached;
        this.ownIndex = ownTargets == null ? null : indexOf(ownTargets);
        this.total = total;
        this.toInternet = toInternet;
        this.readsSource = readsSource;
    }

    /**
     * The counts of a packet that must first pass {@code acl}, a port's out-going ACL (rule X-7), and then goes on as
     * {@code past} says: the classes the ACL denies reach nothing. The ACL decides alike for every address of a
     * destination class (its prefixes refine the classes), so {@code address}, the address of each class, stands for
     * it; {@code internetAddress} for the internet's class (the walk there is dropped when denied).
     */
    static GatewayCounts allowedBy(GatewayCounts past, AclRules acl, int[] targets, IntUnaryOperator address, int internetAddress) {
        int classes = 0;
        for (int target : targets) {
            classes = Math.max(classes, target + 1);
        }
        long[] reached = new long[classes];
        long total = 0;
        for (int target : targets) {
            if (acl.allows(address.applyAsInt(target))) {
                reached[target] = past.reached(target);
                total += reached[target];
            }
        }
        WalkOutcome toInternet = past.toInternet() != null && acl.allows(internetAddress) ? past.toInternet() : null;
        return new GatewayCounts(null, null, reached, total, toInternet, past.readsSource);
    }

    private static int[] indexOf(int[] targets) {
        int classes = 0;
        for (int target : targets) {
            classes = Math.max(classes, target + 1);
        }
        int[] index = new int[classes];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < targets.length; i++) {
            index[targets[i]] = i;
        }
        return index;
    }

    /** How many endpoints of destination class {@code target} a packet handed to the gateway reaches. */
    long reached(int target) {
        if (ownTargets == null) {
            return ownReached[target];
        }
        if (target < ownIndex.length && ownIndex[target] >= 0) {
            return ownReached[ownIndex[target]];
        }
        return further == null ? 0 : further.reached(target);
    }

    /**
     * True when a walk or hand-off behind these counts read the sender's source class; when false,
     * they are those of every sender handing a packet to the same gateway with the same link-local status.
     */
    boolean readsSource() {
        return readsSource;
    }

    /** How many endpoints of all destination classes a packet handed to the gateway reaches. */
    long total() {
        return total;
    }

    /** The walk to the internet, or null without an internet endpoint or when no walk leads there. */
    WalkOutcome toInternet() {
        return toInternet;
    }
}
