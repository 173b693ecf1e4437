// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * The source class of a sending port (rule T-8): everything the first step of a walk reads about its sender. That
 * step drops at the source (no address A-5, duplicate T-4), delivers on-link in the port's subnet, on-link through
 * another connected subnet of its device (the segment of that subnet's port), or hands the packet to a gateway: the
 * port's own, else the device's default route ({@link PacketWalker#gatewayPort}), known by segment and address; the
 * packet leaves through a port whose out-going ACL it passes or not. Every later step follows addresses to the
 * devices holding them whoever sent, reading of the source only whether its address is link-local and which
 * NetNat and ACL prefixes hold it ({@link AddressIndex#sourceClass}: ). So two ports with equal keys
 * make the same walk to every destination, and
 * differ only by their own device's addresses, which the analysis asks about per device. A multi-homed device is
 * thus grouped with every device wired the same way rather than kept apart.
 */
record SourceClassKey(int segment, int network, int prefix, boolean linkLocal, boolean dropsAtSource, long sourceClass, int aclOut,
        List<ConnectedSubnet> otherSubnets, int gatewaySegment, int gateway, int gatewayAclOut) {

    /** A connected subnet of another interface of the sender's device, and the segment and out-going ACL of its first port. */
    record ConnectedSubnet(int network, int prefix, int segment, int aclOut) {
    }

    /** The multiplier of the hash: a large odd constant, so that fields of nearby values spread over all bits. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    /** The gateway fields when the sender has no route off its subnets. */
    private static final int NO_ROUTE = Integer.MIN_VALUE;

    private static final Comparator<ConnectedSubnet> ORDER = Comparator.comparingInt(ConnectedSubnet::prefix)
            .thenComparingInt(ConnectedSubnet::network);

    /** The key of {@code port}, which has an address. */
    static SourceClassKey of(int port, NetworkSnapshot net, AddressPlan plan, PacketWalker walker) {
        int address = plan.address(port);
        int prefix = plan.prefix(port);
        int network = address & AddressIndex.mask(prefix);
        int out = walker.gatewayPort(port);
        return new SourceClassKey(net.segment(port), network, prefix, Ipv4Address.ofBits(address).isLinkLocal(), walker.dropsAtSource(port),
                walker.index.sourceClass(address), net.aclOutKey(port), otherSubnets(port, network, prefix, net, plan),
                out < 0 ? NO_ROUTE : net.segment(out), out < 0 ? NO_ROUTE : plan.gateway(out), out < 0 ? 0 : net.aclOutKey(out));
    }

    /**
     * The subnets of the device's other addressed ports, each with the segment of its first port in model order
     * (the one {@link DeviceRoutes#connectedPort} picks on a tie). The port's own subnet is left out: the walk
     * only asks for a connected subnet when the destination is outside it, so neither it nor an equal subnet can
     * be picked.
     */
    private static List<ConnectedSubnet> otherSubnets(int port, int network, int prefix, NetworkSnapshot net, AddressPlan plan) {
        List<ConnectedSubnet> subnets = new ArrayList<>(2);
        for (int other : net.devicePorts(net.device(port))) {
            if (other == port || !plan.hasAddress(other)) {
                continue;
            }
            int otherPrefix = plan.prefix(other);
            int otherNetwork = plan.address(other) & AddressIndex.mask(otherPrefix);
            if ((otherPrefix == prefix && otherNetwork == network) || contains(subnets, otherNetwork, otherPrefix)) {
                continue;
            }
            subnets.add(new ConnectedSubnet(otherNetwork, otherPrefix, net.segment(other), net.aclOutKey(other)));
        }
        if (subnets.isEmpty()) {
            return List.of();
        }
        subnets.sort(ORDER);
        return List.copyOf(subnets);
    }

    /**
     * Written out, as {@link IntPair}'s: a record's equals and hashCode go through method handles that the command's
     * C1-only JVM does not inline (one key per addressed port is looked up).
     */
    @Override
    public int hashCode() {
        long hash = segment;
        hash = hash * SPREAD + network;
        hash = hash * SPREAD + prefix;
        hash = hash * SPREAD + (linkLocal ? 1 : 0) + (dropsAtSource ? 2 : 0);
        hash = hash * SPREAD + sourceClass;
        hash = hash * SPREAD + aclOut;
        hash = hash * SPREAD + otherSubnets.hashCode();
        hash = hash * SPREAD + gatewaySegment;
        hash = hash * SPREAD + gateway;
        hash = hash * SPREAD + gatewayAclOut;
        return IntPair.finish(hash * SPREAD);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceClassKey key && key.segment == segment && key.network == network && key.prefix == prefix
                && key.linkLocal == linkLocal && key.dropsAtSource == dropsAtSource && key.sourceClass == sourceClass
                && key.aclOut == aclOut && key.gatewaySegment == gatewaySegment && key.gateway == gateway
                && key.gatewayAclOut == gatewayAclOut && key.otherSubnets.equals(otherSubnets);
    }

    private static boolean contains(List<ConnectedSubnet> subnets, int network, int prefix) {
        for (ConnectedSubnet subnet : subnets) {
            if (subnet.network() == network && subnet.prefix() == prefix) {
                return true;
            }
        }
        return false;
    }
}
