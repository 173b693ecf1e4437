// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Reachability without tracing every pair (rule T-8). Sources fall into classes that make the same walks
 * ({@link SourceClassKey}: segment, subnet, link-local, duplicate, their device's other connected subnets, and the
 * gateway they use off them), destinations into classes of the model's laminar subnet family (see
 * {@link AddressIndex#destinationClass}). One class walk per pair of classes records the devices the packet
 * arrives at and how it ends; each pair of endpoints is then answered in constant time by asking whether the
 * source's device or a visited device owns the destination, or how the final on-link lookup resolves. It gives
 * the same answer as {@link PacketTracer} (same walker), which the tests check on every example;
 * {@link ReachabilitySummary} counts whole rows from the same walks.
 */
public final class ReachabilityAnalysis {

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final AddressIndex index;
    private final PacketWalker walker;
    private final Map<SourceClassKey, Integer> sourceClasses;
    private final List<Integer> sourceRepresentative = new ArrayList<>();
    /** Per source class: its senders drop every packet at the source (A-5, T-4), as its key says. */
    private final BitSet sourceDrops = new BitSet();
    /** Per source class: the {@link AddressIndex#sourceClass} of its senders' addresses, as its key says. */
    private long[] sourceAddressClasses = new long[64];
    private final int[] sourceClassOfPort;
    private final int[] destinationClassOfPort;
    private final Map<Long, Integer> destinationClasses = new HashMap<>();
    /** By destination class: the address that stands for it (asked for every class a source class keeps: no boxing). */
    private int[] destinationRepresentative = new int[16];
    private int destinationClassCount;
    private final List<WalkOutcome[]> paths = new ArrayList<>();
    private final Map<Long, WalkOutcome> internetPaths = new HashMap<>();
    private int walks;

    /** An analysis over a snapshot with its addresses. */
    public ReachabilityAnalysis(NetworkSnapshot net, AddressPlan plan, AddressIndex index) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        this.walker = new PacketWalker(net, plan, index);
        // sized for a class per port: grown step by step, its bins filled up and turned into trees on the way
        sourceClasses = new HashMap<>(2 * net.portCount());
        sourceClassOfPort = new int[net.portCount()];
        destinationClassOfPort = new int[net.portCount()];
        java.util.Arrays.fill(destinationClassOfPort, -1);
        for (int port = 0; port < net.portCount(); port++) {
            sourceClassOfPort[port] = plan.hasAddress(port) ? sourceClassOf(port) : -1;
        }
    }

    private int sourceClassOf(int port) {
        return sourceClasses.computeIfAbsent(SourceClassKey.of(port, net, plan, walker), k -> {
            sourceDrops.set(sourceRepresentative.size(), k.dropsAtSource());
            if (sourceRepresentative.size() == sourceAddressClasses.length) {
                sourceAddressClasses = java.util.Arrays.copyOf(sourceAddressClasses, sourceAddressClasses.length * 2);
            }
            sourceAddressClasses[sourceRepresentative.size()] = k.sourceClass();
            sourceRepresentative.add(port);
            paths.add(new WalkOutcome[0]);
            return sourceRepresentative.size() - 1;
        });
    }

    /** The source class of a port with an address, or -1. */
    int sourceClass(int port) {
        return sourceClassOfPort[port];
    }

    /** The destination class of an address (numbered in the order first asked). */
    int destinationClassOf(int address) {
        return destinationClasses.computeIfAbsent(index.destinationClass(address), k -> {
            if (destinationClassCount == destinationRepresentative.length) {
                destinationRepresentative = java.util.Arrays.copyOf(destinationRepresentative, destinationClassCount * 2);
            }
            destinationRepresentative[destinationClassCount] = address;
            return destinationClassCount++;
        });
    }

    /** How many class walks were made so far (for reports and benchmarks). */
    public int walks() {
        return walks;
    }

    /** True when a packet from port {@code source} to {@code destination} is delivered, as a trace would say. */
    public boolean reaches(int source, int destination) {
        if (source < 0 || !plan.hasAddress(source)) {
            return false;
        }
        if (index.owns(net.device(source), destination)) {
            return true;
        }
        return resolve(pathFor(sourceClassOfPort[source], destinationClassOf(destination)), destination);
    }

    /** True when a packet from port {@code source} to the address of port {@code target} is delivered (cached classes). */
    public boolean reachesPort(int source, int target) {
        if (source < 0 || !plan.hasAddress(source) || !plan.hasAddress(target)) {
            return false;
        }
        int destination = plan.address(target);
        if (index.owns(net.device(source), destination)) {
            return true;
        }
        int destinationClass = destinationClassOfPort[target];
        if (destinationClass < 0) {
            destinationClass = destinationClassOf(destination);
            destinationClassOfPort[target] = destinationClass;
        }
        return resolve(pathFor(sourceClassOfPort[source], destinationClass), destination);
    }

    /** True when a packet entering from the internet, from address {@code source}, to {@code destination} is delivered. */
    public boolean reachesFromInternet(int source, int destination) {
        int destinationClass = destinationClassOf(destination);
        // one walk per destination class and source class (port ACLs may tell internet sources apart, X-7)
        long key = index.sourceClass(source) * 1_000_003L + destinationClass;
        WalkOutcome path = internetPaths.computeIfAbsent(key, c -> {
            walks++;
            return walker.walkFromInternet(source, destinationRepresentative[destinationClass], true);
        });
        return resolve(path, destination);
    }

    /** True when a resolved endpoint reaches another, as {@link PacketTracer} would say. */
    public boolean reaches(ResolvedEndpoint from, ResolvedEndpoint to) {
        if ((from.problem() != null) || !to.hasAddress()) {
            return false;
        }
        return from.port() >= 0 ? reaches(from.port(), to.address()) : reachesFromInternet(from.address(), to.address());
    }

    /** The class walk from a source class to a destination class, made once and kept. */
    WalkOutcome pathFor(int sourceClass, int destinationClass) {
        WalkOutcome[] row = paths.get(sourceClass);
        if (destinationClass >= row.length) {
            row = java.util.Arrays.copyOf(row, Math.max(destinationClass + 1, destinationClassCount));
            paths.set(sourceClass, row);
        }
        WalkOutcome path = row[destinationClass];
        if (path == null) {
            walks++;
            path = walker.walk(sourceRepresentative.get(sourceClass), destinationRepresentative[destinationClass], true);
            row[destinationClass] = path;
        }
        return path;
    }

    /** The walker of the class walks. */
    PacketWalker walker() {
        return walker;
    }

    /** True when the senders of a source class drop every packet at the source (A-5, T-4): {@link PacketWalker#dropsAtSource}. */
    boolean dropsAtSource(int sourceClass) {
        return sourceDrops.get(sourceClass);
    }

    /** The {@link AddressIndex#sourceClass} of the addresses of a source class's senders (NetNat and ACL prefixes, X-1, X-7). */
    long sourceAddressClass(int sourceClass) {
        return sourceAddressClasses[sourceClass];
    }

    /** The port that stands for a source class. */
    int representative(int sourceClass) {
        return sourceRepresentative.get(sourceClass);
    }

    /** The address that stands for a destination class. */
    int destinationAddress(int destinationClass) {
        return destinationRepresentative[destinationClass];
    }

    /** A class walk made for the caller and not kept: from source class to destination class. */
    WalkOutcome walk(int sourceClass, int destinationClass) {
        walks++;
        return walker.walk(sourceRepresentative.get(sourceClass), destinationRepresentative[destinationClass], true);
    }

    /** A class walk from the internet address {@code source} made for the caller and not kept. */
    WalkOutcome walkFromInternet(int source, int destinationClass) {
        walks++;
        return walker.walkFromInternet(source, destinationRepresentative[destinationClass], true);
    }

    /** True when {@code destination}, of the class a walk went to, is reached by it (ownership not counted for the source). */
    boolean resolve(WalkOutcome path, int destination) {
        if (ownedByVisited(path, destination)) {
            return true;
        }
        if (path.pendingOnLink()) {
            int holder = index.onlyHolder(path.onLinkSegment(), destination);
            return holder >= 0 && net.aclIn(holder).allows(path.source()); // rule X-7 at the destination's port
        }
        return path.verdict() == Verdict.DELIVERED; // in class mode only the internet delivers
    }

    /** True when a device the walk arrived at owns {@code destination}: the first answer of {@link #resolve}. */
    boolean ownedByVisited(WalkOutcome path, int destination) {
        for (int visited : path.visited()) {
            for (int port : net.devicePorts(visited)) {
                if (plan.hasAddress(port) && plan.address(port) == destination) {
                    return true;
                }
            }
        }
        return false;
    }
}
