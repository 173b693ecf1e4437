// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.analysis.segments.SegmentAddressSlots;
import org.hvnet.simulation.snapshot.AclRules;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * How many interface endpoints of the matrix one class walk reaches (rule T-8), from counts made once: the
 * endpoints holding each address, the endpoints of each destination class, and per (segment, destination class)
 * the endpoints whose address exactly one port of the segment holds. A walk then costs the ports of the devices
 * it visited, never a pass over the endpoints. It counts what {@link ReachabilityAnalysis#resolve} answers for
 * each endpoint of the class: every address, when the internet delivered; else the addresses owned by a visited
 * device, plus, when the walk ends at an on-link lookup, the addresses held by exactly one port of that segment.
 * Each address is counted once (a device or a segment may hold it twice) with all the endpoints that hold it,
 * wherever they are, since the answer depends on the address alone.
 */
final class DestinationTally {

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final AddressIndex index;
    private final int[] endpointsHolding;
    private final int[] destinationClass;
    /** Per port: it alone holds its address in its segment (T-3), so the on-link lookup there finds it. */
    private final boolean[] soleHolder;
    private final long[] classSize;
    /**
     * The (segment, destination class) pairs of the on-link counts, in one table whose slots index the two below:
     * asked once per class walk, where two maps of boxed keys cost two scattered lookups each.
     */
    private final SegmentAddressSlots onLinkPairs;
    /** By slot: the endpoints whose address one port of the segment holds, that port without in-coming ACL rules. */
    private final long[] uniqueOnLink;
    /** By slot: the same for ports with in-coming ACL rules, grouped by those rules (few; null for none). */
    private final List<GuardedCount>[] guardedOnLink;
    private int[] seen = new int[16];

    /** Counts the interface endpoints of the matrix, classed by {@code analysis}. */
    DestinationTally(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis, MatrixEndpoints endpoints) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        endpointsHolding = new int[net.portCount()];
        destinationClass = new int[net.portCount()];
        soleHolder = new boolean[net.portCount()];
        Arrays.fill(destinationClass, -1);
        countByAddress(endpoints, analysis);
        long[] sizes = new long[0];
        for (int i = 0; i < endpoints.interfaces(); i++) {
            int k = destinationClass[endpoints.port(i)];
            sizes = k < sizes.length ? sizes : Arrays.copyOf(sizes, k + 1);
            sizes[k]++;
        }
        classSize = sizes;
        onLinkPairs = new SegmentAddressSlots(256); // grown to the pairs (far fewer than the ports), cleared arrays stay small
        for (int port = 0; port < net.portCount(); port++) {
            int segment = net.segment(port);
            if (endpointsHolding[port] > 0 && segment >= 0 && index.holdersOfOwn(port) == 1) {
                soleHolder[port] = true;
                onLinkPairs.add(segment, destinationClass[port]); // every pair claimed before the slots are used
            }
        }
        uniqueOnLink = new long[onLinkPairs.capacity()];
        guardedOnLink = newGuardedTable(onLinkPairs.capacity());
        for (int port = 0; port < net.portCount(); port++) {
            if (soleHolder[port]) {
                int slot = onLinkPairs.slotOf(net.segment(port), destinationClass[port]);
                if (net.aclIn(port).isEmpty()) {
                    uniqueOnLink[slot] += endpointsHolding[port];
                } else {
                    if (guardedOnLink[slot] == null) {
                        guardedOnLink[slot] = new ArrayList<>(2);
                    }
                    addGuarded(guardedOnLink[slot], port);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<GuardedCount>[] newGuardedTable(int slots) {
        return new List[slots];
    }

    /** Endpoints held on-link behind ports with the same in-coming ACL rules. */
    private static final class GuardedCount {
        final int aclKey;
        final AclRules rules;
        long count;

        GuardedCount(int aclKey, AclRules rules) {
            this.aclKey = aclKey;
            this.rules = rules;
        }
    }

    private void addGuarded(List<GuardedCount> counts, int port) {
        for (GuardedCount count : counts) {
            if (count.aclKey == net.aclInKey(port)) {
                count.count += endpointsHolding[port];
                return;
            }
        }
        GuardedCount count = new GuardedCount(net.aclInKey(port), net.aclIn(port));
        count.count = endpointsHolding[port];
        counts.add(count);
    }

    /** Sorts the addressed ports by address, then gives every port of a run the run's endpoint count and class. */
    private void countByAddress(MatrixEndpoints endpoints, ReachabilityAnalysis analysis) {
        boolean[] endpoint = new boolean[net.portCount()];
        for (int i = 0; i < endpoints.interfaces(); i++) {
            endpoint[endpoints.port(i)] = true;
        }
        long[] byAddress = new long[net.portCount()];
        int addressed = 0;
        for (int port = 0; port < net.portCount(); port++) {
            if (plan.hasAddress(port)) {
                byAddress[addressed++] = ((plan.address(port) & 0xFFFFFFFFL) << 32) | port;
            }
        }
        Arrays.sort(byAddress, 0, addressed);
        for (int start = 0, end; start < addressed; start = end) {
            long address = byAddress[start] >>> 32;
            int holding = 0;
            for (end = start; end < addressed && byAddress[end] >>> 32 == address; end++) {
                holding += endpoint[(int) byAddress[end]] ? 1 : 0;
            }
            int k = holding == 0 ? -1 : analysis.destinationClassOf((int) address);
            for (int i = start; i < end; i++) {
                endpointsHolding[(int) byAddress[i]] = holding;
                destinationClass[(int) byAddress[i]] = k;
            }
        }
    }

    /** One more than the largest destination class of an endpoint: the size of arrays indexed by class. */
    int classCount() {
        return classSize.length;
    }

    /** How many endpoints hold the address of {@code port} (0 when it has none, or only non-endpoints hold it). */
    int endpointsHolding(int port) {
        return endpointsHolding[port];
    }

    /** {@link #onItsSegment}: the on-link lookup at the end of the walk finds the port, and its ACL passes the source. */
    static final int REACHED = 1;
    /** {@link #onItsSegment}: the lookup finds the port, and its in-coming ACL refuses the source. */
    static final int REFUSED = 0;
    /** {@link #onItsSegment}: the walk does not end at a lookup that finds the port alone. */
    static final int UNKNOWN = -1;

    /**
     * How a walk ending at the on-link lookup of the segment of {@code port}, an endpoint's port, ends for its address
     * there: when the port alone holds it (T-3), {@link #REACHED} or {@link #REFUSED} as its in-coming ACL passes the
     * walk's source or not; else {@link #UNKNOWN}. The common answer of {@link ReachabilityAnalysis#resolve} for a
     * sender's own addresses, without its look-up of the holder: after {@link #REFUSED} only a device the walk visited
     * can still own the address ({@link ReachabilityAnalysis#ownedByVisited}); {@link #UNKNOWN} leaves it to resolve.
     */
    int onItsSegment(WalkOutcome path, int port) {
        if (!soleHolder[port] || !path.pendingOnLink() || path.onLinkSegment() != net.segment(port)) {
            return UNKNOWN;
        }
        return net.aclIn(port).allows(path.source()) ? REACHED : REFUSED;
    }

    /** The destination class of the address of {@code port}, or -1 when no endpoint holds that address. */
    int destinationClass(int port) {
        return destinationClass[port];
    }

    /** How many endpoints of {@code destinationClass} the walk to that class reaches. */
    long reached(WalkOutcome path, int destinationClass) {
        if (path.verdict() == Verdict.DELIVERED) {
            return destinationClass < classSize.length ? classSize[destinationClass] : 0; // only the internet delivers
        }
        boolean onLink = path.pendingOnLink();
        int segment = path.onLinkSegment();
        long reached = 0;
        int seenCount = 0;
        for (int device : path.visited()) {
            for (int port : net.devicePorts(device)) {
                if (endpointsHolding[port] == 0 || this.destinationClass[port] != destinationClass) {
                    continue;
                }
                int address = plan.address(port);
                if (contains(seenCount, address)) {
                    continue;
                }
                if (seenCount == seen.length) {
                    seen = Arrays.copyOf(seen, seenCount * 2);
                }
                seen[seenCount++] = address;
                if (!onLink || !countedOnLink(segment, address, path.source())) {
                    reached += endpointsHolding[port]; // else the on-link count below has it
                }
            }
        }
        return onLink ? reached + onLink(segment, destinationClass, path.source()) : reached;
    }

    /** True when the final on-link lookup in {@code segment} reaches {@code address}: one port holds it, and its ACL passes the source. */
    private boolean countedOnLink(int segment, int address, int source) {
        int holder = index.onlyHolder(segment, address);
        return holder >= 0 && net.aclIn(holder).allows(source);
    }

    /** The endpoints of a destination class that the final on-link lookup in {@code segment} reaches from {@code source}. */
    private long onLink(int segment, int destinationClass, int source) {
        int slot = onLinkPairs.slotOf(segment, destinationClass);
        if (slot < 0) {
            return 0;
        }
        long reached = uniqueOnLink[slot];
        if (guardedOnLink[slot] != null) {
            for (GuardedCount count : guardedOnLink[slot]) {
                if (count.rules.allows(source)) {
                    reached += count.count;
                }
            }
        }
        return reached;
    }

    private boolean contains(int count, int address) {
        for (int i = 0; i < count; i++) {
            if (seen[i] == address) {
                return true;
            }
        }
        return false;
    }
}
