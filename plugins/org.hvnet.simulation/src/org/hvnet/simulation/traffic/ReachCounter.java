// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Counts the reachability matrix row by row without visiting its cells (rule T-8). For each source class it counts
 * what the walks to every destination class reach ({@link DestinationTally}): it walks to the classes on its
 * device's subnets, and takes the others from the walks through the gateway it uses off them ({@link GatewayReach}),
 * made once per gateway for every class that uses it (a class that drops at the source walks everywhere). That
 * total, the same for every member, is then corrected per member for its own device's addresses, which a source
 * always reaches ({@link ReachabilityAnalysis#reaches(int, int)}): each such address adds the endpoints holding it
 * that the walk did not reach, and the member itself is taken off. The internet's row is one walk from the internet
 * per destination class; its column comes with the gateway's walks. The cost is the class walks plus the ports of
 * each member's device: linear in the model, however many pairs it has.
 */
final class ReachCounter {

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final AddressIndex index;
    private final ReachabilityAnalysis analysis;
    private final MatrixEndpoints endpoints;
    private final int[] endpointPorts;
    private final DestinationTally tally;
    private final int[] targets;
    private final int internetClass;
    private final int[] reaches;
    private final GatewayReach gateways;
    private final OnLinkWalks onLink;
    private final TargetsByAddress byAddress;
    /** The devices holding the internet endpoint's address (none, unless a model uses it: T-8's internet column). */
    private final int[] internetOwners;
    /** By device: the destination classes on its subnets, once asked. */
    private final int[][] classesOnDevice;
    /** By device: the port of its connected subnet holding each class of {@link #classesOnDevice} (T-3). */
    private final int[][] connectedPorts;
    private final List<ReachGroup> groups = new ArrayList<>();
    private int reachInternet;
    private int walks;

    private ReachCounter(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        this.analysis = analysis;
        this.endpoints = new MatrixEndpoints(net, plan, index);
        endpointPorts = new int[endpoints.interfaces()];
        for (int i = 0; i < endpointPorts.length; i++) {
            endpointPorts[i] = endpoints.port(i);
        }
        tally = new DestinationTally(net, plan, index, analysis, endpoints);
        targets = distinctClasses(endpointPorts, tally);
        internetClass = endpoints.hasInternet() ? analysis.destinationClassOf(endpoints.internetAddress()) : -1;
        classesOnDevice = new int[net.deviceCount()][];
        connectedPorts = new int[net.deviceCount()][];
        internetOwners = endpoints.hasInternet() ? index.owners(endpoints.internetAddress()) : new int[0];
        reaches = new int[endpoints.size()];
        byAddress = new TargetsByAddress(targets, analysis::destinationAddress);
        gateways = new GatewayReach(net, plan, analysis, tally, targets, byAddress, internetClass);
        onLink = new OnLinkWalks(net, analysis);
    }

    /** The summary of the matrix of a snapshot, counted from class walks of {@code analysis}. */
    static ReachabilitySummary count(NetworkSnapshot net, AddressPlan plan, AddressIndex index, ReachabilityAnalysis analysis) {
        return new ReachCounter(net, plan, index, analysis).count();
    }

    private ReachabilitySummary count() {
        int[] start = new int[endpointPorts.length + 1];
        int[] members = membersBySourceClass(start);
        WalkOutcome[] walked = new WalkOutcome[Math.max(internetClass, Arrays.stream(targets).max().orElse(-1)) + 1];
        for (int r = 0; r < endpointPorts.length && start[r + 1] > start[r]; r++) {
            countClass(members, start[r], start[r + 1], walked);
        }
        if (endpoints.hasInternet()) {
            long fromInternet = 0;
            for (int target : targets) {
                walks++;
                fromInternet += tally.reached(analysis.walkFromInternet(endpoints.internetAddress(), target), target);
            }
            reaches[endpoints.internetIndex()] = (int) fromInternet;
            groups.add(new ReachGroup("internet", 1, (int) fromInternet, (int) fromInternet, false)); // its own column is the diagonal
        }
        List<ReachGroup> ordered = GroupOrder.sorted(groups);
        int destinationClasses = targets.length
                + (internetClass >= 0 && Arrays.stream(targets).noneMatch(target -> target == internetClass) ? 1 : 0);
        return new ReachabilitySummary(reaches, reachInternet, groups.size(), destinationClasses, walks + gateways.walks() + onLink.walks(), ordered);
    }

    /** The destination classes of the endpoints' ports, each once, in order of their first endpoint (no boxed set). */
    private static int[] distinctClasses(int[] ports, DestinationTally tally) {
        boolean[] seen = new boolean[tally.classCount()];
        int[] classes = new int[seen.length];
        int count = 0;
        for (int port : ports) {
            int k = tally.destinationClass(port);
            if (!seen[k]) {
                seen[k] = true;
                classes[count++] = k;
            }
        }
        return Arrays.copyOf(classes, count);
    }

    /**
     * The interface endpoints (matrix indices) of each source class, classes in order of their first member: one array,
     * the members of the r-th class from {@code start[r]} to {@code start[r + 1]} (not one array per class).
     */
    private int[] membersBySourceClass(int[] start) {
        int[] sourceClass = new int[endpointPorts.length];
        int classes = 0;
        for (int i = 0; i < endpointPorts.length; i++) {
            sourceClass[i] = analysis.sourceClass(endpointPorts[i]);
            classes = Math.max(classes, sourceClass[i] + 1);
        }
        int[] size = new int[classes];
        int[] rank = new int[classes];
        Arrays.fill(rank, -1);
        int ranked = 0;
        for (int c : sourceClass) {
            if (size[c]++ == 0) {
                rank[c] = ranked++;
            }
        }
        for (int c = 0; c < classes; c++) {
            if (rank[c] >= 0) {
                start[rank[c] + 1] = size[c];
            }
        }
        for (int r = 0; r < ranked; r++) {
            start[r + 1] += start[r];
        }
        int[] members = new int[endpointPorts.length];
        int[] filled = Arrays.copyOf(start, ranked);
        for (int i = 0; i < endpointPorts.length; i++) {
            members[filled[rank[sourceClass[i]]]++] = i;
        }
        return members;
    }

    /** Counts the rows of the source class whose members are {@code members[from]} to {@code members[to - 1]}. */
    private void countClass(int[] members, int from, int to, WalkOutcome[] walked) {
        int sourceClass = analysis.sourceClass(endpointPorts[members[from]]);
        int representative = analysis.representative(sourceClass);
        PacketWalker walker = analysis.walker();
        boolean throughGateway = !analysis.dropsAtSource(sourceClass);
        // through a gateway, only the classes on the device's subnets (not off them) are walked from here; the gateway
        // has the rest
        int[] own = throughGateway ? onDeviceSubnets(net.device(representative)) : targets;
        long total = 0;
        WalkOutcome[] paths = onLink.to(sourceClass, own, throughGateway ? connectedPorts[net.device(representative)] : null); // one walk per way they end, not per class (T-8)
        for (int i = 0; i < own.length; i++) {
            walked[own[i]] = paths[i];
            total += tally.reached(paths[i], own[i]);
        }
        WalkOutcome toInternet = null;
        int out = walker.gatewayPort(representative);
        if (throughGateway && out >= 0) {
            GatewayCounts via = gateways.through(out, plan.address(representative), analysis.sourceAddressClass(sourceClass));
            total += via.total();
            for (int target : own) {
                total -= via.reached(target);
            }
            toInternet = via.toInternet();
        } else if (!throughGateway && internetClass >= 0) {
            toInternet = walked[internetClass];
            if (toInternet == null) {
                walks++;
                toInternet = analysis.walk(sourceClass, internetClass);
            }
        }
        int least = Integer.MAX_VALUE;
        int most = 0;
        boolean allInternet = endpoints.hasInternet();
        // the class's walk there is the same for every member: asked once, not per member (it visits whole paths)
        boolean walkReachesInternet = toInternet != null && analysis.resolve(toInternet, endpoints.internetAddress());
        for (int m = from; m < to; m++) {
            int member = members[m];
            int device = net.device(endpointPorts[member]);
            long reach = total - 1 + ownAddressesNotWalkedTo(device, walked);
            if (endpoints.hasInternet() && (walkReachesInternet || ownsInternetAddress(device))) {
                reach++;
                reachInternet++;
            } else {
                allInternet = false;
            }
            reaches[member] = (int) reach;
            least = Math.min(least, (int) reach);
            most = Math.max(most, (int) reach);
        }
        groups.add(new ReachGroup(endpoints.label(members[from]), to - from, least, most, allInternet));
        for (int target : own) {
            walked[target] = null;
        }
    }

    /**
     * The destination classes on the subnets of {@code device}, found once per device (each of its ports has a class),
     * with the port of the connected subnet each is sent on-link by when not in the sender's own subnet (T-2, T-3).
     */
    private int[] onDeviceSubnets(int device) {
        int[] classes = classesOnDevice[device];
        if (classes == null) {
            classes = byAddress.inSubnetsOf(device, false, net, plan);
            classesOnDevice[device] = classes;
            int[] ports = new int[classes.length];
            for (int i = 0; i < classes.length; i++) {
                ports[i] = analysis.walker().routes.connectedPort(device, analysis.destinationAddress(classes[i]));
            }
            connectedPorts[device] = ports;
        }
        return classes;
    }

    /**
     * True when {@code device} holds the internet's address itself, which its senders then reach whatever their walk
     * says (as {@link ReachabilityAnalysis#reaches(int, int)}: the internet column of a member).
     */
    private boolean ownsInternetAddress(int device) {
        for (int owner : internetOwners) {
            if (owner == device) {
                return true;
            }
        }
        return false;
    }

    /** The endpoints holding an address of {@code device} that the class's walks do not reach (the device owns them). */
    private long ownAddressesNotWalkedTo(int device, WalkOutcome[] walked) {
        int[] ports = net.devicePorts(device);
        long count = 0;
        for (int i = 0; i < ports.length; i++) {
            int port = ports[i];
            if (tally.endpointsHolding(port) == 0 || heldEarlier(ports, i)) {
                continue;
            }
            WalkOutcome path = walked[tally.destinationClass(port)];
            int there = tally.onItsSegment(path, port);
            // refused at its own port: only a device the walk visited can still own the address
            boolean reached = there == DestinationTally.REACHED
                    || (there == DestinationTally.REFUSED ? analysis.ownedByVisited(path, plan.address(port)) : analysis.resolve(path, plan.address(port)));
            if (!reached) {
                count += tally.endpointsHolding(port);
            }
        }
        return count;
    }

    private boolean heldEarlier(int[] ports, int i) {
        for (int j = 0; j < i; j++) {
            if (plan.hasAddress(ports[j]) && plan.address(ports[j]) == plan.address(ports[i])) {
                return true;
            }
        }
        return false;
    }
}
