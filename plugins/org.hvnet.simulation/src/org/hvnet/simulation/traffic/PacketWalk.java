// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.hvnet.model.Protocol;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.AclRules;
import org.hvnet.simulation.snapshot.DeviceKind;
import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.PortMappings;
import org.hvnet.simulation.snapshot.WinNatRule;

/**
 * One packet on its way (rules T-2 to T-7, A-4, I-4, X-1 to X-7): where it is sent on-link or to a gateway, which
 * device forwards or translates it, which port ACL passes or denies it, and how it ends. In trace mode every hop is
 * recorded and a device owning the destination takes delivery; in class mode (T-8) no text is built, the devices
 * arrived at are recorded and the final on-link lookup is left to each destination.
 */
final class PacketWalk {

    /** No device arrived at: shared by every such outcome (an array of length 0 cannot change). */
    private static final int[] NONE_VISITED = new int[0];

    private final PacketWalker walker;
    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final AddressIndex index;
    private final boolean classMode;
    /** The hops of a trace; in class mode none are recorded, and no list is made. */
    private final List<Hop> hops;
    private int destination;
    private DestinationPort port;
    /** The devices arrived at (class mode); none yet, so that a walk that ends on-link at its first port allocates none. */
    private int[] visited = NONE_VISITED;
    private int visitedCount;
    private int source;
    private boolean sourceLinkLocal;
    private boolean admittedByMapping;
    private boolean outAclPassed;
    /** A NAT replaced the source: what is read of it from then on no longer depends on the sender (T-6, X-1, X-2). */
    private boolean translated;
    /** Something read the sender's source class (beyond link-local): a port ACL, a NetNat's prefix. */
    private boolean readsSource;
    private int ttl = PacketWalker.TTL;

    PacketWalk(PacketWalker walker, int destination, DestinationPort port, boolean classMode) {
        this.walker = walker;
        this.net = walker.net;
        this.plan = walker.plan;
        this.index = walker.index;
        this.destination = destination;
        this.port = port;
        this.classMode = classMode;
        this.hops = classMode ? List.of() : new ArrayList<>();
    }

    WalkOutcome fromPort(int sender) {
        if (!plan.hasAddress(sender)) {
            return drop("A-5", () -> net.label(sender) + " has no IPv4 address" + (plan.note(sender) == null ? "" : ": " + plan.note(sender)));
        }
        setSource(plan.address(sender));
        hop(() -> new Hop(net.label(sender), "interface", "sends from " + plan.cidr(sender) + " to " + ip(destination)
                + (port == null ? "" : " " + port) + (plan.hasGateway(sender) ? ", default gateway " + ip(plan.gateway(sender))
                        : ", no default gateway")));
        if (!classMode && index.owns(net.device(sender), destination)) {
            // a packet to the sender's own address never leaves it: no duplicate in a segment can drop it
            return deliver(ip(destination) + " is an address of " + net.deviceName(net.device(sender)) + " itself");
        }
        int segment = net.segment(sender);
        if (walker.duplicateSource(sender)) {
            return drop("T-4", () -> "duplicate address: " + ip(source) + " is used by " + index.holders(segment, source)
                    + " interfaces in segment " + net.segments().name(segment) + " (rule V-6)");
        }
        if (plan.inSubnet(sender, destination)) {
            return sendOnLink(sender, destination, true);
        }
        // the sender's own routing table: a connected subnet of another of its interfaces, then a gateway
        int device = net.device(sender);
        int connected = walker.routes.connectedPort(device, destination);
        if (connected >= 0) {
            hop(() -> new Hop(net.deviceName(device), "router", ip(destination) + " is on the connected subnet " + subnet(connected) + " of "
                    + net.label(connected)));
            return sendOnLink(connected, destination, true);
        }
        int out = walker.gatewayPort(sender);
        if (out == sender) {
            return sendOnLink(sender, plan.gateway(sender), false);
        }
        if (out >= 0) {
            hop(() -> new Hop(net.deviceName(device), "router", "default route of " + net.label(out) + " to " + ip(plan.gateway(out))));
            return sendOnLink(out, plan.gateway(out), false);
        }
        return drop("T-3", () -> "no route: " + ip(destination) + " is outside " + subnet(sender) + " and " + net.label(sender)
                + " has no default gateway");
    }

    /**
     * The part of a walk after the sender hands the packet to the gateway of its port {@code out} (T-8); with
     * {@code pastAcl}, after the packet passed the port's out-going ACL, which is then not checked again.
     */
    WalkOutcome viaGateway(int out, int sourceAddress, boolean pastAcl) {
        setSource(sourceAddress);
        outAclPassed = pastAcl;
        return sendOnLink(out, plan.gateway(out), false);
    }

    WalkOutcome fromInternet(int sourceAddress) {
        setSource(sourceAddress);
        hop(() -> new Hop("internet", "internet", "a packet from the internet to " + ip(destination) + (port == null ? "" : " " + port)));
        if (!Ipv4Address.ofBits(destination).isPrivateOrSpecial()) {
            for (int device = 0; device < net.deviceCount(); device++) {
                if (net.internet(device)) {
                    int routerPort = net.devicePorts(device)[0];
                    if (plan.hasAddress(routerPort) && plan.inSubnet(routerPort, destination)) {
                        WalkOutcome owned = arriveAt(device);
                        if (owned != null) {
                            return owned;
                        }
                        String name = net.deviceName(device);
                        hop(() -> new Hop(name, "router", ip(destination) + " is on its connected subnet " + subnet(routerPort)));
                        return sendOnLink(routerPort, destination, true);
                    }
                }
            }
        }
        return drop("T-3a", () -> "no route from the internet to " + ip(destination));
    }

    /** Notes that a decision read the sender's source class, when it did and no NAT has replaced the source. */
    private void sourceRead(boolean read) {
        readsSource |= read && !translated;
    }

    private void setSource(int address) {
        source = address;
        sourceLinkLocal = Ipv4Address.ofBits(address).isLinkLocal();
    }

    private WalkOutcome sendOnLink(int out, int target, boolean last) {
        int segment = net.segment(out);
        if (segment < 0) {
            return drop("T-1", () -> net.label(out) + " is connected to no switch or network");
        }
        WalkOutcome denied = outAclPassed ? null : acl(out, net.aclOut(out), destination, "out", "leaving it to");
        outAclPassed = false; // only the first port's ACL was passed
        if (denied != null) {
            return denied;
        }
        if (last && classMode) {
            // each destination's port ACL checks the source at the on-link lookup
            sourceRead(walker.guardedSegment(segment));
            return new WalkOutcome(null, null, null, List.of(), visitedDevices(), segment, source, readsSource);
        }
        int receiver = index.onlyHolder(segment, target);
        if (receiver < 0) {
            int holders = index.holders(segment, target);
            String segmentName = net.segments().name(segment);
            if (holders == 0) {
                return last ? drop("T-3", () -> "no interface has " + ip(target) + " in segment " + segmentName)
                        : drop("T-4", () -> "gateway " + ip(target) + " is not in segment " + segmentName);
            }
            return drop("T-4", () -> "duplicate address: " + ip(target) + " is used by " + holders + " interfaces in segment "
                    + segmentName + " (rule V-6)");
        }
        if (!classMode) {
            hops.addAll(walker.segmentHops.between(out, receiver, segment));
        }
        sourceRead(!net.aclIn(receiver).isEmpty());
        denied = acl(receiver, net.aclIn(receiver), source, "in", "arriving from");
        if (denied != null) {
            return denied;
        }
        hop(() -> new Hop(net.label(receiver), "interface", "receives the frame for " + ip(target) + (last ? "" : " (next hop)")));
        return arrive(receiver);
    }

    /** Rule X-7: the port ACL of {@code at} in one direction, checked against {@code remote}; a drop, or null to go on. */
    private WalkOutcome acl(int at, AclRules rules, int remote, String direction, String preposition) {
        if (rules.isEmpty()) {
            return null;
        }
        hop(() -> new Hop(net.label(at), "acl", direction + ": " + rules.explain(remote) + " (rule X-7)"));
        if (rules.allows(remote)) {
            return null;
        }
        return drop("X-7", () -> "the port ACL of " + net.label(at) + " denies the packet " + preposition + " " + ip(remote) + ": "
                + rules.text(rules.decidingRule(remote)));
    }

    private WalkOutcome arrive(int receiver) {
        int device = net.device(receiver);
        if (port != null && index.owns(device, destination)) {
            WalkOutcome forwarded = portForward(device, receiver);
            if (forwarded != null) {
                return forwarded;
            }
        }
        WalkOutcome owned = arriveAt(device);
        if (owned != null) {
            return owned;
        }
        if (--ttl <= 0) {
            return drop("T-4", () -> "TTL expired after " + PacketWalker.TTL + " hops: a routing loop");
        }
        return forward(device, receiver);
    }

    /**
     * A packet with a destination port for an address of a host that maps that port from outside to an inside address
     * (a NetNat's static mapping, X-1, or an RRAS NAT's {@code forward}, T-6): the destination is translated and the
     * host forwards it inside; null when no mapping applies. Traces only: reachability has no ports.
     */
    private WalkOutcome portForward(int device, int in) {
        for (WinNatRule nat : net.winNat(device)) {
            int mapping = nat.isPrivate(in) ? -1 : nat.mappings().forOutsidePort(port.protocol(), port.number());
            if (mapping >= 0) {
                return translateDestination(device, in, nat.mappings(), mapping, nat.label());
            }
        }
        for (NatRule nat : net.nat(device)) {
            int mapping = nat.publicPort() == in ? nat.mappings().forOutsidePort(port.protocol(), port.number()) : -1;
            if (mapping >= 0) {
                return translateDestination(device, in, nat.mappings(), mapping, "RRAS NAT on " + net.label(in));
            }
        }
        return null;
    }

    private WalkOutcome translateDestination(int device, int in, PortMappings mappings, int mapping, String nat) {
        int inside = mappings.insideAddress(mapping);
        DestinationPort insidePort = new DestinationPort(port.protocol(), mappings.insidePort(mapping));
        String before = ip(destination) + ":" + port.number();
        hop(() -> new Hop(net.deviceName(device), "nat", "destination " + before + " -> " + ip(inside) + ":" + insidePort.number()
                + " (static mapping " + mappings.text(mapping) + " of " + nat + ")"));
        destination = inside;
        port = insidePort;
        admittedByMapping = true;
        if (--ttl <= 0) {
            return drop("T-4", () -> "TTL expired after " + PacketWalker.TTL + " hops: a routing loop");
        }
        return forward(device, in);
    }

    private WalkOutcome arriveAt(int device) {
        if (classMode) {
            if (visitedCount == visited.length) {
                visited = Arrays.copyOf(visited, Math.max(8, visitedCount * 2));
            }
            visited[visitedCount++] = device;
            return null;
        }
        if (index.owns(device, destination)) {
            return deliver("delivered to " + net.deviceName(device));
        }
        return null;
    }

    private WalkOutcome forward(int device, int in) {
        String name = net.deviceName(device);
        DeviceKind kind = net.deviceKind(device);
        if (kind == DeviceKind.DHCP_SERVER) {
            return drop("T-3", () -> name + " is not a router");
        }
        if (kind == DeviceKind.ROUTER) {
            return forwardAtNetworkRouter(device);
        }
        NatRule natIn = walker.nats.rrasPrivateTo(device, in);
        NatRule natFromPublic = walker.nats.rrasPublicTo(device, in);
        sourceRead(walker.nats.readsSource(device, in));
        WinNatRule winOut = walker.nats.outbound(device, in, source, destination);
        WinNatRule winIn = admittedByMapping ? null : walker.nats.inbound(device, in, destination);
        boolean routing = net.routes(device);
        if (!routing && natIn == null && natFromPublic == null && winOut == null && winIn == null && !admittedByMapping) {
            return kind == DeviceKind.HOST ? drop("T-5", () -> name + " does not forward: RRAS routing is not enabled on it")
                    : drop("T-5", () -> "VM " + name + " does not forward: it has no 'routing'");
        }
        if (sourceLinkLocal || Ipv4Address.ofBits(destination).isLinkLocal()) {
            return drop("A-4", () -> "169.254.0.0/16 is link-local: " + name + " does not forward " + ip(source) + " -> " + ip(destination));
        }
        int connected = walker.routes.connectedPort(device, destination);
        boolean last = connected >= 0;
        int out = last ? connected : walker.routes.defaultPort(device);
        if (out < 0) {
            return drop("T-3", () -> "no route at " + name + ": " + ip(destination) + " is on none of its subnets and it has no default gateway");
        }
        Protocol protocol = port == null ? null : port.protocol();
        int number = port == null ? 0 : port.number();
        int winMapping = winIn == null ? -1 : winIn.mappings().admitting(destination, protocol, number);
        if (winIn != null && winMapping < 0) {
            return drop(winIn.rule(), () -> winIn.label() + " on " + name + " drops a connection from outside to " + ip(destination)
                    + (port == null ? "" : " " + port) + ": only its static mappings reach its prefix " + winIn.prefixText());
        }
        boolean fromPublicSide = !admittedByMapping && natFromPublic != null && natFromPublic.isPrivate(out);
        int mapping = fromPublicSide ? natFromPublic.mappings().admitting(destination, protocol, number) : -1;
        if (fromPublicSide && mapping < 0) {
            return drop("T-6", () -> "NAT on " + name + " drops an unsolicited connection from the public side to private address "
                    + ip(destination) + (port == null ? "" : " " + port) + " (no port mapping)");
        }
        boolean rrasOut = natIn != null && natIn.publicPort() == out;
        if (!fromPublicSide && !routing && !rrasOut && winOut == null && winIn == null && !admittedByMapping) {
            return drop("T-5", () -> name + " forwards only from its NAT private interfaces to the public one (RRAS routing is off)");
        }
        hop(() -> new Hop(name, "router", "routes " + ip(destination) + " out of " + net.name(out)
                + (last ? " (connected subnet " + subnet(out) + ")" : " to default gateway " + ip(plan.gateway(out)))));
        if (fromPublicSide) {
            String mappingText = natFromPublic.mappings().text(mapping);
            hop(() -> new Hop(name, "nat", "port mapping " + mappingText + " admits the connection from the public side"));
        }
        if (winIn != null) {
            String mappingText = winIn.mappings().text(winMapping);
            hop(() -> new Hop(name, "nat", "static mapping " + mappingText + " of " + winIn.label() + " admits the connection from outside (rule "
                    + winIn.rule() + ")"));
        }
        if (winOut != null && plan.hasAddress(out)) {
            int translated = plan.address(out);
            hop(() -> new Hop(name, "nat", winOut.label() + ": source " + ip(source) + " -> " + ip(translated)
                    + " (replies are translated back, rule " + winOut.rule() + ")"));
            setSource(translated);
            this.translated = true;
        } else if (rrasOut && plan.hasAddress(out)) {
            hop(() -> new Hop(name, "nat", "source " + ip(source) + " -> " + ip(plan.address(out)) + " (replies are translated back)"));
            setSource(plan.address(out));
            translated = true;
        }
        return sendOnLink(out, last ? destination : plan.gateway(out), last);
    }

    private WalkOutcome forwardAtNetworkRouter(int device) {
        String name = net.deviceName(device);
        if (sourceLinkLocal || Ipv4Address.ofBits(destination).isLinkLocal()) {
            return drop("A-4", () -> "169.254.0.0/16 is link-local: " + name + " does not forward " + ip(source) + " -> " + ip(destination));
        }
        int routerPort = net.devicePorts(device)[0];
        if (plan.inSubnet(routerPort, destination)) {
            hop(() -> new Hop(name, "router", ip(destination) + " is on its connected subnet " + subnet(routerPort)));
            return sendOnLink(routerPort, destination, true);
        }
        boolean isPublic = !Ipv4Address.ofBits(destination).isPrivateOrSpecial() && !index.inModelSubnets(destination);
        if (net.internet(device) && isPublic) {
            hop(() -> new Hop(name, "router", ip(destination) + " is public: default route to the internet (rule T-3a)"));
            hop(() -> new Hop("internet", "internet", "delivered to " + ip(destination)));
            return deliver("delivered to the internet");
        }
        return drop(net.internet(device) ? "T-3a" : "T-3", () -> "no route at " + name + " to " + ip(destination)
                + (net.internet(device) ? ": private or model addresses are never sent to the internet" : ""));
    }

    private String subnet(int at) {
        int prefix = plan.prefix(at);
        return ip(plan.address(at) & AddressIndex.mask(prefix)) + "/" + prefix;
    }

    /** Records a hop; in class mode nothing is recorded, and the text is never built. */
    private void hop(Supplier<Hop> hop) {
        if (!classMode) {
            hops.add(hop.get());
        }
    }

    private int[] visitedDevices() {
        return visitedCount == 0 ? NONE_VISITED : Arrays.copyOf(visited, visitedCount);
    }

    /** Ends the walk with a drop; in class mode the reason is never built. */
    private WalkOutcome drop(String rule, Supplier<String> reason) {
        return new WalkOutcome(Verdict.DROPPED, rule, classMode ? null : reason.get(), List.copyOf(hops), visitedDevices(), -1, source, readsSource);
    }

    private WalkOutcome deliver(String reason) {
        return new WalkOutcome(Verdict.DELIVERED, null, reason, List.copyOf(hops), visitedDevices(), -1, source, readsSource);
    }

    private static String ip(int bits) {
        return Ipv4Address.ofBits(bits).toString();
    }
}
