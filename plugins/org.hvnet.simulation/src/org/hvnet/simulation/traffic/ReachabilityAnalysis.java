package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Reachability without tracing every pair (rule T-8). Sources fall into classes that behave alike (segment,
 * subnet, gateway, link-local, duplicate, and the device itself when it has several addressed interfaces), destinations into classes of the model's laminar subnet family
 * (see {@link AddressIndex#destinationClass}). One class walk per pair of classes records the devices the
 * packet arrives at and how it ends; each pair of endpoints is then answered in constant time by asking
 * whether a visited device owns the destination, or how the final on-link lookup resolves. It gives the same
 * answer as {@link PacketTracer} (same walker), which the tests check on every example.
 */
public final class ReachabilityAnalysis {

    private record SourceClass(int multihomedDevice, int segment, int network, int prefix, boolean hasGateway, int gateway, boolean linkLocal, boolean duplicate) {
    }

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final AddressIndex index;
    private final PacketWalker walker;
    private final Map<SourceClass, Integer> sourceClasses = new HashMap<>();
    private final List<Integer> sourceRepresentative = new ArrayList<>();
    private final int[] sourceClassOfPort;
    private final int[] destinationClassOfPort;
    private final Map<Long, Integer> destinationClasses = new HashMap<>();
    private final List<Integer> destinationRepresentative = new ArrayList<>();
    private final List<WalkOutcome[]> paths = new ArrayList<>();
    private final Map<Integer, WalkOutcome> internetPaths = new HashMap<>();
    private int walks;

    /** An analysis over a snapshot with its addresses. */
    public ReachabilityAnalysis(NetworkSnapshot net, AddressPlan plan, AddressIndex index) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        this.walker = new PacketWalker(net, plan, index);
        sourceClassOfPort = new int[net.portCount()];
        destinationClassOfPort = new int[net.portCount()];
        java.util.Arrays.fill(destinationClassOfPort, -1);
        for (int port = 0; port < net.portCount(); port++) {
            sourceClassOfPort[port] = plan.hasAddress(port) ? sourceClassOf(port) : -1;
        }
    }

    private int sourceClassOf(int port) {
        int address = plan.address(port);
        int prefix = plan.prefix(port);
        int segment = net.segment(port);
        SourceClass key = new SourceClass(multihomed(net.device(port)) ? net.device(port) : -1, segment, address & AddressIndex.mask(prefix), prefix, plan.hasGateway(port),
                plan.hasGateway(port) ? plan.gateway(port) : 0, (address >>> 16) == 0xA9FE,
                segment >= 0 && index.ports(segment, address).length > 1);
        return sourceClasses.computeIfAbsent(key, k -> {
            sourceRepresentative.add(port);
            paths.add(new WalkOutcome[0]);
            return sourceRepresentative.size() - 1;
        });
    }

    private boolean multihomed(int device) {
        int addressed = 0;
        for (int port : net.devicePorts(device)) {
            if (plan.hasAddress(port)) {
                addressed++;
            }
        }
        return addressed > 1;
    }

    private int destinationClassOf(int address) {
        return destinationClasses.computeIfAbsent(index.destinationClass(address), k -> {
            destinationRepresentative.add(address);
            return destinationRepresentative.size() - 1;
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

    /** True when a packet entering from the internet to {@code destination} is delivered. */
    public boolean reachesFromInternet(int destination) {
        int destinationClass = destinationClassOf(destination);
        WalkOutcome path = internetPaths.computeIfAbsent(destinationClass, c -> {
            walks++;
            return walker.walkFromInternet(destinationRepresentative.get(c), true);
        });
        return resolve(path, destination);
    }

    /** True when a resolved endpoint reaches another, as {@link PacketTracer} would say. */
    public boolean reaches(ResolvedEndpoint from, ResolvedEndpoint to) {
        if ((from.problem() != null) || !to.hasAddress()) {
            return false;
        }
        return from.port() >= 0 ? reaches(from.port(), to.address()) : reachesFromInternet(to.address());
    }

    private WalkOutcome pathFor(int sourceClass, int destinationClass) {
        WalkOutcome[] row = paths.get(sourceClass);
        if (destinationClass >= row.length) {
            row = java.util.Arrays.copyOf(row, Math.max(destinationClass + 1, destinationRepresentative.size()));
            paths.set(sourceClass, row);
        }
        WalkOutcome path = row[destinationClass];
        if (path == null) {
            walks++;
            path = walker.walk(sourceRepresentative.get(sourceClass), destinationRepresentative.get(destinationClass), true);
            row[destinationClass] = path;
        }
        return path;
    }

    private boolean resolve(WalkOutcome path, int destination) {
        for (int owner : index.owners(destination)) {
            for (int visited : path.visited()) {
                if (visited == owner) {
                    return true;
                }
            }
        }
        if (path.pendingOnLink()) {
            return index.ports(path.onLinkSegment(), destination).length == 1;
        }
        return path.verdict() == Verdict.DELIVERED; // in class mode only the internet delivers
    }
}
