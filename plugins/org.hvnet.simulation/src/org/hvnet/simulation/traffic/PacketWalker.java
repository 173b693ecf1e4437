// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.DeviceKind;
import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.WinNatRule;

/**
 * Walks one packet through the snapshot (rules T-2 to T-7, I-4, A-4, X-1 to X-7; see {@link PacketWalk}): on-link
 * delivery within the segment or the default gateway, forwarding by hosts with RRAS (T-5), RRAS NAT (T-6), NetNat and
 * the Default Switch's NAT, VM routers and network routers (T-3a), port ACLs, with a reason and rule
 * id for every drop. The same code serves traces (hops recorded, delivery when a device owns the destination) and the
 * class walks of the reachability analysis (ownership and the final on-link lookup left to each destination), so
 * that the two always agree. This class holds what the walks share and what the analysis asks about them.
 */
final class PacketWalker {

    static final int TTL = 64;

    final NetworkSnapshot net;
    final AddressPlan plan;
    final AddressIndex index;
    final DeviceRoutes routes;
    final NatLookup nats;
    final SegmentHops segmentHops;
    private final boolean[] guardedSegments;
    /** Per port, the answer of {@link #duplicateSource} once asked: 0 not yet, 1 unique, 2 duplicate (T-4). */
    private final byte[] duplicates;

    PacketWalker(NetworkSnapshot net, AddressPlan plan, AddressIndex index) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        this.routes = new DeviceRoutes(net, plan);
        this.nats = new NatLookup(net);
        this.segmentHops = new SegmentHops(net);
        int segments = 0;
        for (int port = 0; port < net.portCount(); port++) {
            segments = Math.max(segments, net.segment(port) + 1);
        }
        this.guardedSegments = new boolean[segments];
        this.duplicates = new byte[net.portCount()];
        for (int port = 0; port < net.portCount(); port++) {
            if (net.segment(port) >= 0 && !net.aclIn(port).isEmpty()) {
                guardedSegments[net.segment(port)] = true;
            }
        }
    }

    /** True when a port of {@code segment} has in-coming ACL rules, which check a packet's source. */
    boolean guardedSegment(int segment) {
        return segment < guardedSegments.length && guardedSegments[segment];
    }

    /**
     * True when {@link #handoff}{@code (out, source)} reads the source's class: the gateway's port has in-coming ACL
     * rules, or it is a NetNat's private port.
     */
    boolean handoffReadsSource(int out) {
        int in = gatewayHolder(out);
        return in >= 0 && (!net.aclIn(in).isEmpty() || nats.readsSource(net.device(in), in));
    }

    /** Walks a packet from {@code sourcePort} to {@code destination}; {@code classMode} for T-8. */
    WalkOutcome walk(int sourcePort, int destination, boolean classMode) {
        return new PacketWalk(this, destination, null, classMode).fromPort(sourcePort);
    }

    /** Traces a packet from {@code sourcePort} to {@code destination} and, when not null, a destination port. */
    WalkOutcome trace(int sourcePort, int destination, DestinationPort port) {
        return new PacketWalk(this, destination, port, false).fromPort(sourcePort);
    }

    /**
     * Walks, in class mode, a packet from {@code source} that a sender hands to the gateway of its port {@code out}: the
     * rest of every walk from a sender whose destination is on none of its device's subnets and whose
     * {@link #gatewayPort} is {@code out}. It depends on the segment, gateway and out-going port ACL of {@code out}, the
     * destination, and the source only through {@link AddressIndex#sourceClass} (T-8). {@code pastAcl}: the packet has
     * passed the out-going ACL of {@code out}, which is then not checked: the walk is that of a port without it.
     */
    WalkOutcome walkViaGateway(int out, int destination, int source, boolean pastAcl) {
        return new PacketWalk(this, destination, null, true).viaGateway(out, source, pastAcl);
    }

    /** Walks a packet from {@code source}, an address of the internet, to {@code destination}. */
    WalkOutcome walkFromInternet(int source, int destination, boolean classMode) {
        return new PacketWalk(this, destination, null, classMode).fromInternet(source);
    }

    /** Traces a packet from the internet address {@code source} to {@code destination}, with a destination port or null. */
    WalkOutcome traceFromInternet(int source, int destination, DestinationPort port) {
        return new PacketWalk(this, destination, port, false).fromInternet(source);
    }

    /** True when a packet from {@code sourcePort} is dropped before any routing: no address, or a duplicate one (T-4). */
    boolean dropsAtSource(int sourcePort) {
        return !plan.hasAddress(sourcePort) || duplicateSource(sourcePort);
    }

    /**
     * True when another port of the sender's segment holds its address (T-4). Kept per port once asked: every walk of a
     * source class starts from the same representative, and the classes' keys ask it for every port first.
     */
    boolean duplicateSource(int sourcePort) {
        byte known = duplicates[sourcePort];
        if (known == 0) {
            int segment = net.segment(sourcePort);
            known = segment >= 0 && index.holdersOfOwn(sourcePort) > 1 ? (byte) 2 : (byte) 1;
            duplicates[sourcePort] = known; // the same answer whichever thread writes it
        }
        return known == 2;
    }

    /** True when {@code destination} is on none of the subnets of the sender's device: the walk then goes to {@link #gatewayPort}. */
    boolean offSubnets(int sourcePort, int destination) {
        return !plan.inSubnet(sourcePort, destination) && routes.connectedPort(net.device(sourcePort), destination) < 0;
    }

    /**
     * The port whose gateway a packet from {@code sourcePort} goes to when its destination is on none of the
     * sender's subnets: the port's own gateway, else the device's default route (T-3, T-6); -1 for none.
     */
    int gatewayPort(int sourcePort) {
        return plan.hasGateway(sourcePort) ? sourcePort : routes.defaultPort(net.device(sourcePort));
    }

    /**
     * For T-8's gateway walks: the port {@code next} such that the device holding the gateway of {@code out} forwards
     * every packet from {@code source} handed to it from {@code out} whose destination it {@link #handsOff}, by the
     * same steps whatever the destination, to the gateway of {@code next}, with the source it then has;
     * {@link Handoff#NOWHERE} when it drops every such packet by the same steps (its port ACL denies the source, X-7;
     * it does not forward, T-5, or has no route, T-3: a WinNAT host for a source outside its prefix, X-1); null when
     * a decision depends on the destination. It reads what {@link PacketWalk} reads when it forwards, in the same
     * order: the destination-independent part of it, with routing, NAT (T-5, T-6, X-1, X-2) and the default route.
     * The rest of such a walk is then {@link #walkViaGateway}{@code (next, destination, handoff.source())}, or a drop
     * at the device, and the device adds no endpoint of the destination's class (its own addresses lie on its
     * connected subnets), so the counts of the walks through {@code next} (none for a drop) are those of the walks
     * through {@code out}. The source is read only through its source class, which callers key the result by.
     */
    Handoff handoff(int out, int source) {
        int in = gatewayHolder(out);
        if (in < 0 || Ipv4Address.ofBits(source).isLinkLocal()) {
            return null;
        }
        if (!net.aclIn(in).allows(source)) {
            return Handoff.NOWHERE; // the gateway's port ACL denies the source before anything reads the destination
        }
        int device = net.device(in);
        DeviceKind kind = net.deviceKind(device);
        if (kind == DeviceKind.DHCP_SERVER) {
            return Handoff.NOWHERE; // T-3: not a router
        }
        if ((kind != DeviceKind.HOST && kind != DeviceKind.VM) || !winNatsWithinConnectedSubnets(device)) {
            return null;
        }
        NatRule natIn = nats.rrasPrivateTo(device, in);
        NatRule natFromPublic = nats.rrasPublicTo(device, in);
        // every NetNat prefix lies in a connected subnet, so no handed-off destination is inside one
        WinNatRule winOut = firstWinNatFrom(device, in, source);
        boolean routing = net.routes(device);
        if (!routing && natIn == null && natFromPublic == null && winOut == null) {
            return Handoff.NOWHERE; // T-5: nothing forwards it (a WinNAT host's source outside the prefix, X-1)
        }
        int next = routes.defaultPort(device);
        if (next < 0) {
            return Handoff.NOWHERE; // T-3: no route off its subnets
        }
        if (natFromPublic != null && natFromPublic.isPrivate(next)) {
            return null; // T-6: a port mapping admits by destination
        }
        boolean rras = natIn != null && natIn.publicPort() == next;
        if (!routing && !rras && winOut == null) {
            return Handoff.NOWHERE; // T-5: it forwards only from a NAT's private side to its public one
        }
        if (net.segment(next) < 0) {
            return Handoff.NOWHERE; // T-1: the default route's interface is connected to nothing
        }
        boolean translated = (winOut != null || rras) && plan.hasAddress(next);
        return new Handoff(next, translated ? plan.address(next) : source);
    }

    /** The NetNat or Default Switch NAT of {@code device} translating packets from {@code source} that arrive on {@code in}. */
    private WinNatRule firstWinNatFrom(int device, int in, int source) {
        for (WinNatRule nat : net.winNat(device)) {
            if (nat.isPrivate(in) && nat.inPrefix(source)) {
                return nat;
            }
        }
        return null;
    }

    /** True when every NetNat and Default Switch prefix of {@code device} lies inside one of its connected subnets. */
    private boolean winNatsWithinConnectedSubnets(int device) {
        for (WinNatRule nat : net.winNat(device)) {
            int port = routes.connectedPort(device, nat.prefixAddress());
            if (port < 0 || plan.prefix(port) > nat.prefixLength()) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code device} sends {@code destination} to its default route: on none of its connected subnets, not link-local. */
    boolean handsOff(int device, int destination) {
        return routes.connectedPort(device, destination) < 0 && !Ipv4Address.ofBits(destination).isLinkLocal();
    }

    /** The device that holds the gateway of {@code out} in its segment (the only holder), or -1. */
    int gatewayDevice(int out) {
        int holder = gatewayHolder(out);
        return holder < 0 ? -1 : net.device(holder);
    }

    /** The port that holds the gateway of {@code out} in its segment, when exactly one does; else -1. */
    private int gatewayHolder(int out) {
        int segment = net.segment(out);
        if (segment < 0 || !plan.hasGateway(out)) {
            return -1;
        }
        return index.onlyHolder(segment, plan.gateway(out));
    }
}
