// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.List;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The reachability matrix in totals (rule T-8), for models too large to print it: how many of its ordered pairs
 * of distinct endpoints are reachable, how many endpoints reach the internet or nothing, how many endpoints each
 * one reaches, and one {@link ReachGroup} per source class, fewest reached first so that isolated groups lead.
 * Computed by {@link ReachCounter} from one walk per pair of classes, never pair by pair; the tests check every
 * count against the matrix.
 */
public final class ReachabilitySummary {

    private final int[] reaches;
    private final long reachablePairs;
    private final int reachInternet;
    private final int reachNothing;
    private final int sourceClasses;
    private final int destinationClasses;
    private final int walks;
    private final List<ReachGroup> groups;

    ReachabilitySummary(int[] reaches, int reachInternet, int sourceClasses, int destinationClasses, int walks,
            List<ReachGroup> groups) {
        this.reaches = reaches.clone();
        long pairs = 0;
        int nothing = 0;
        for (int count : reaches) {
            pairs += count;
            nothing += count == 0 ? 1 : 0;
        }
        this.reachablePairs = pairs;
        this.reachNothing = nothing;
        this.reachInternet = reachInternet;
        this.sourceClasses = sourceClasses;
        this.destinationClasses = destinationClasses;
        this.walks = walks;
        this.groups = List.copyOf(groups);
    }

    /** Counts the matrix of a snapshot from the class walks of {@code analysis} (see {@link ReachCounter}). */
    public static ReachabilitySummary of(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis) {
        return ReachCounter.count(net, plan, index, analysis);
    }

    /** How many endpoints the matrix has: interfaces with an address, and the internet when a router reaches it. */
    public int endpoints() {
        return reaches.length;
    }

    /** The ordered pairs of distinct endpoints: n (n - 1). */
    public long pairs() {
        long n = reaches.length;
        return n * Math.max(0, n - 1);
    }

    /** The ordered pairs of distinct endpoints whose packet is delivered. */
    public long reachablePairs() {
        return reachablePairs;
    }

    /** How many endpoints other than the internet reach it (0 without an internet endpoint). */
    public int reachInternet() {
        return reachInternet;
    }

    /** How many endpoints reach no other endpoint. */
    public int reachNothing() {
        return reachNothing;
    }

    /** How many other endpoints endpoint {@code endpoint} (in matrix order) reaches. */
    public int reaches(int endpoint) {
        return reaches[endpoint];
    }

    /** How many source classes the endpoints fall into (the internet counts as one). */
    public int sourceClasses() {
        return sourceClasses;
    }

    /** How many destination classes the endpoints fall into (the internet's included). */
    public int destinationClasses() {
        return destinationClasses;
    }

    /** How many class walks the summary made. */
    public int walks() {
        return walks;
    }

    /** One group per source class, fewest reached first, then largest first, then by name. */
    public List<ReachGroup> groups() {
        return groups;
    }
}
