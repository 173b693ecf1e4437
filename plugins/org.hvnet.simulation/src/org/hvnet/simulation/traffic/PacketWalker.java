package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.DeviceKind;
import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.PortKind;

/**
 * Walks one packet through the snapshot (rules T-2 to T-7, I-4, A-4): on-link delivery within the segment or
 * the default gateway, forwarding by hosts with RRAS (T-5), NAT (T-6), VM routers and network routers (T-3a),
 * with a reason and rule id for every drop. The same code serves traces (hops recorded, delivery when a device
 * owns the destination) and the class walks of the reachability analysis (ownership and the final on-link
 * lookup left to each destination), so that the two always agree.
 */
final class PacketWalker {

    static final int TTL = 64;

    private final NetworkSnapshot net;
    private final AddressPlan plan;
    private final AddressIndex index;
    private final DeviceRoutes routes;

    PacketWalker(NetworkSnapshot net, AddressPlan plan, AddressIndex index) {
        this.net = net;
        this.plan = plan;
        this.index = index;
        this.routes = new DeviceRoutes(net, plan);
    }

    /** Walks a packet from {@code sourcePort} to {@code destination}; {@code classMode} for T-8. */
    WalkOutcome walk(int sourcePort, int destination, boolean classMode) {
        return new Walk(destination, classMode).fromPort(sourcePort);
    }

    /**
     * Walks, in class mode, a packet that a sender hands to the gateway of its port {@code out}: the rest of every walk
     * from a sender whose destination is on none of its device's subnets and whose {@link #gatewayPort} is
     * {@code out}. It depends on the segment and gateway of {@code out}, the destination and whether the source
     * address is link-local, not on the sender (T-8).
     */
    WalkOutcome walkViaGateway(int out, int destination, boolean sourceLinkLocal) {
        Walk walk = new Walk(destination, true);
        walk.sourceLinkLocal = sourceLinkLocal;
        return walk.sendOnLink(out, plan.gateway(out), false);
    }

    /** True when a packet from {@code sourcePort} is dropped before any routing: no address, or a duplicate one (T-4). */
    boolean dropsAtSource(int sourcePort) {
        return !plan.hasAddress(sourcePort) || duplicateSource(sourcePort);
    }

    private boolean duplicateSource(int sourcePort) {
        int segment = net.segment(sourcePort);
        return segment >= 0 && index.holders(segment, plan.address(sourcePort)) > 1;
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
     * every packet handed to it from {@code out} whose destination it {@link #handsOff}, by the same steps whatever the
     * destination, to the gateway of {@code next}; -1 when there is no such port (the handing-over drops, or a
     * decision depends on the destination). It reads what {@code Walk.forward} reads, in the same order: the
     * destination-independent part of it, with routing, NAT (T-5, T-6) and the default route. The rest of such a walk
     * is then {@link #walkViaGateway}{@code (next, destination, sourceLinkLocal)}, and the device adds no endpoint of
     * the destination's class (its own addresses lie on its connected subnets), so the counts of the walks through
     * {@code next} are those of the walks through {@code out}.
     */
    int handoffPort(int out, boolean sourceLinkLocal) {
        int in = gatewayHolder(out);
        if (in < 0 || sourceLinkLocal) {
            return -1;
        }
        int device = net.device(in);
        DeviceKind kind = net.deviceKind(device);
        if (kind != DeviceKind.HOST && kind != DeviceKind.VM) {
            return -1;
        }
        NatRule natIn = natPrivateTo(device, in);
        NatRule natFromPublic = natPublicTo(device, in);
        boolean routing = net.routes(device);
        if (!routing && natIn == null && natFromPublic == null) {
            return -1;
        }
        int next = routes.defaultPort(device);
        if (next < 0 || net.segment(next) < 0 || (natFromPublic != null && natFromPublic.isPrivate(next))) {
            return -1;
        }
        return routing || (natIn != null && natIn.publicPort() == next) ? next : -1;
    }

    /** The first NAT rule of {@code device} whose private side is port {@code in} (T-6), or null. */
    private NatRule natPrivateTo(int device, int in) {
        for (NatRule nat : net.nat(device)) {
            if (nat.isPrivate(in)) {
                return nat;
            }
        }
        return null;
    }

    /** The first NAT rule of {@code device} whose public side is port {@code in} (T-6), or null. */
    private NatRule natPublicTo(int device, int in) {
        for (NatRule nat : net.nat(device)) {
            if (nat.publicPort() == in) {
                return nat;
            }
        }
        return null;
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

    /** Walks a packet entering from the internet to {@code destination}. */
    WalkOutcome walkFromInternet(int destination, boolean classMode) {
        return new Walk(destination, classMode).fromInternet();
    }

    private static String ip(int bits) {
        return Ipv4Address.ofBits(bits).toString();
    }

    /** The state of one packet. */
    private final class Walk {
        private final int destination;
        private final boolean classMode;
        private final List<Hop> hops = new ArrayList<>();
        private int[] visited = new int[8];
        private int visitedCount;
        private int source;
        private boolean sourceLinkLocal;
        private int ttl = TTL;

        Walk(int destination, boolean classMode) {
            this.destination = destination;
            this.classMode = classMode;
        }

        WalkOutcome fromPort(int port) {
            if (!plan.hasAddress(port)) {
                return drop("A-5", () -> net.label(port) + " has no IPv4 address"
                        + (plan.note(port) == null ? "" : ": " + plan.note(port)));
            }
            source = plan.address(port);
            sourceLinkLocal = Ipv4Address.ofBits(source).isLinkLocal();
            hop(() -> new Hop(net.label(port), "interface", "sends from " + plan.cidr(port) + " to " + ip(destination)
                    + (plan.hasGateway(port) ? ", default gateway " + ip(plan.gateway(port)) : ", no default gateway")));
            int segment = net.segment(port);
            if (duplicateSource(port)) {
                return drop("T-4", () -> "duplicate address: " + ip(source) + " is used by " + index.holders(segment, source)
                        + " interfaces in segment " + net.segments().name(segment) + " (rule V-6)");
            }
            if (!classMode && index.owns(net.device(port), destination)) {
                return deliver(ip(destination) + " is an address of " + net.deviceName(net.device(port)) + " itself");
            }
            if (plan.inSubnet(port, destination)) {
                return sendOnLink(port, destination, true);
            }
            // the sender's own routing table: a connected subnet of another of its interfaces, then a gateway
            int device = net.device(port);
            int connected = connectedPort(device);
            if (connected >= 0) {
                hop(() -> new Hop(net.deviceName(device), "router", ip(destination) + " is on the connected subnet " + subnet(connected) + " of "
                        + net.label(connected)));
                return sendOnLink(connected, destination, true);
            }
            int out = gatewayPort(port);
            if (out == port) {
                return sendOnLink(port, plan.gateway(port), false);
            }
            if (out >= 0) {
                hop(() -> new Hop(net.deviceName(device), "router", "default route of " + net.label(out) + " to " + ip(plan.gateway(out))));
                return sendOnLink(out, plan.gateway(out), false);
            }
            return drop("T-3", () -> "no route: " + ip(destination) + " is outside " + subnet(port) + " and " + net.label(port)
                    + " has no default gateway");
        }

        WalkOutcome fromInternet() {
            hop(() -> new Hop("internet", "internet", "a packet from the internet to " + ip(destination)));
            if (!Ipv4Address.ofBits(destination).isPrivateOrSpecial()) {
                for (int device = 0; device < net.deviceCount(); device++) {
                    if (net.internet(device)) {
                        int port = net.devicePorts(device)[0];
                        if (plan.hasAddress(port) && plan.inSubnet(port, destination)) {
                            WalkOutcome owned = arriveAt(device);
                            if (owned != null) {
                                return owned;
                            }
                            String name = net.deviceName(device);
                            hop(() -> new Hop(name, "router", ip(destination) + " is on its connected subnet " + subnet(port)));
                            return sendOnLink(port, destination, true);
                        }
                    }
                }
            }
            return drop("T-3a", () -> "no route from the internet to " + ip(destination));
        }

        private WalkOutcome sendOnLink(int out, int target, boolean last) {
            int segment = net.segment(out);
            if (segment < 0) {
                return drop("T-1", () -> net.label(out) + " is connected to no switch or network");
            }
            if (last && classMode) {
                return new WalkOutcome(null, null, null, List.of(), visitedDevices(), segment);
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
            segmentHops(out, receiver, segment);
            hop(() -> new Hop(net.label(receiver), "interface", "receives the frame for " + ip(target) + (last ? "" : " (next hop)")));
            return arrive(receiver);
        }

        private WalkOutcome arrive(int port) {
            int device = net.device(port);
            WalkOutcome owned = arriveAt(device);
            if (owned != null) {
                return owned;
            }
            if (--ttl <= 0) {
                return drop("T-4", () -> "TTL expired after " + TTL + " hops: a routing loop");
            }
            return forward(device, port);
        }

        private WalkOutcome arriveAt(int device) {
            if (classMode) {
                if (visitedCount == visited.length) {
                    visited = Arrays.copyOf(visited, visitedCount * 2);
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
                return forwardAtNetworkRouter(device, in);
            }
            NatRule natIn = natPrivateTo(device, in);
            NatRule natFromPublic = natPublicTo(device, in);
            boolean routing = net.routes(device);
            if (!routing && natIn == null && natFromPublic == null) {
                return kind == DeviceKind.HOST ? drop("T-5", () -> name + " does not forward: RRAS routing is not enabled on it")
                        : drop("T-5", () -> "VM " + name + " does not forward: it has no 'routing'");
            }
            if (sourceLinkLocal || Ipv4Address.ofBits(destination).isLinkLocal()) {
                return drop("A-4", () -> "169.254.0.0/16 is link-local: " + name + " does not forward " + ip(source) + " -> " + ip(destination));
            }
            int connected = connectedPort(device);
            boolean last = connected >= 0;
            int out = last ? connected : defaultPort(device);
            if (out < 0) {
                return drop("T-3", () -> "no route at " + name + ": " + ip(destination) + " is on none of its subnets and it has no default gateway");
            }
            boolean fromPublicSide = natFromPublic != null && natFromPublic.isPrivate(out);
            int mapping = fromPublicSide ? natFromPublic.mappingFor(destination) : -1;
            if (fromPublicSide && mapping < 0) {
                return drop("T-6", () -> "NAT on " + name + " drops an unsolicited connection from the public side to private address "
                        + ip(destination) + " (no port mapping)");
            }
            if (!fromPublicSide && !routing && !(natIn != null && natIn.publicPort() == out)) {
                return drop("T-5", () -> name + " forwards only from its NAT private interfaces to the public one (RRAS routing is off)");
            }
            hop(() -> new Hop(name, "router", "routes " + ip(destination) + " out of " + net.name(out)
                    + (last ? " (connected subnet " + subnet(out) + ")" : " to default gateway " + ip(plan.gateway(out)))));
            if (fromPublicSide) {
                String mappingText = natFromPublic.mappingTexts()[mapping];
                hop(() -> new Hop(name, "nat", "port mapping " + mappingText + " admits the connection from the public side"));
            }
            if (natIn != null && natIn.publicPort() == out && plan.hasAddress(out)) {
                hop(() -> new Hop(name, "nat", "source " + ip(source) + " -> " + ip(plan.address(out)) + " (replies are translated back)"));
                source = plan.address(out);
            }
            return sendOnLink(out, last ? destination : plan.gateway(out), last);
        }

        private WalkOutcome forwardAtNetworkRouter(int device, int in) {
            String name = net.deviceName(device);
            if (sourceLinkLocal || Ipv4Address.ofBits(destination).isLinkLocal()) {
                return drop("A-4", () -> "169.254.0.0/16 is link-local: " + name + " does not forward " + ip(source) + " -> " + ip(destination));
            }
            int port = net.devicePorts(device)[0];
            if (plan.inSubnet(port, destination)) {
                hop(() -> new Hop(name, "router", ip(destination) + " is on its connected subnet " + subnet(port)));
                return sendOnLink(port, destination, true);
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

        private int connectedPort(int device) {
            return routes.connectedPort(device, destination);
        }

        private int defaultPort(int device) {
            return routes.defaultPort(device);
        }

        private void segmentHops(int out, int receiver, int segment) {
            if (classMode) {
                return;
            }
            int fromSwitch = net.switchOf(out);
            int toSwitch = net.switchOf(receiver);
            String segmentName = net.segments().name(segment);
            if (fromSwitch >= 0) {
                hop(() -> new Hop(net.switchLabel(fromSwitch), "switch", net.switchKind(fromSwitch) + " switch"));
                if (fromSwitch == toSwitch) {
                    dispatch(fromSwitch, receiver);
                    return;
                }
                if (net.switchHyperV(fromSwitch)) {
                    hop(() -> new Hop(net.deviceName(net.switchHost(fromSwitch)), "hypervisor",
                            "sends the frame out through physical NIC '" + net.switchExternalNic(fromSwitch) + "' (rule I-4)"));
                }
                hop(() -> new Hop(segmentName, "network", "physical network"));
            } else {
                hop(() -> new Hop(segmentName, "network", "physical network"));
            }
            if (toSwitch >= 0) {
                hop(() -> new Hop(net.switchLabel(toSwitch), "switch", net.switchKind(toSwitch) + " switch, through physical NIC '"
                        + net.switchExternalNic(toSwitch) + "'"));
                dispatch(toSwitch, receiver);
            }
        }

        private void dispatch(int vswitch, int receiver) {
            if (net.switchHyperV(vswitch)) {
                String partition = net.kind(receiver) == PortKind.VM_NIC ? "child partition " + net.owner(receiver)
                        : "parent partition (" + net.label(receiver) + ")";
                hop(() -> new Hop(net.deviceName(net.switchHost(vswitch)), "hypervisor", "dispatches by destination MAC to the " + partition + " (rule I-4)"));
            }
        }

        private String subnet(int port) {
            int prefix = plan.prefix(port);
            return ip(plan.address(port) & AddressIndex.mask(prefix)) + "/" + prefix;
        }

        /** Records a hop; in class mode nothing is recorded, and the text is never built. */
        private void hop(Supplier<Hop> hop) {
            if (!classMode) {
                hops.add(hop.get());
            }
        }

        private int[] visitedDevices() {
            return Arrays.copyOf(visited, visitedCount);
        }

        /** Ends the walk with a drop; in class mode the reason is never built. */
        private WalkOutcome drop(String rule, Supplier<String> reason) {
            return new WalkOutcome(Verdict.DROPPED, rule, classMode ? null : reason.get(), List.copyOf(hops), visitedDevices(), -1);
        }

        private WalkOutcome deliver(String reason) {
            return new WalkOutcome(Verdict.DELIVERED, null, reason, List.copyOf(hops), visitedDevices(), -1);
        }
    }
}
