package org.hvnet.validation.checks;

import java.util.HashMap;
import java.util.Map;

import org.hvnet.model.Interface;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.Router;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.simulation.segments.SegmentIndex;
import org.hvnet.validation.Rule;

/**
 * Rules V-6 and V-7 per segment (T-1), with maps keyed by segment and address, never by comparing pairs: an IPv4
 * address or MAC is held once in a segment (the devices declared on a physical network included), and the static
 * interfaces of a segment share one subnet (the network's declared subnet, else the first static interface's).
 */
public final class SegmentAddresses implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    /** A MAC address in one segment: the key of the duplicate-MAC map. */
    private record SegmentMac(int segment, long mac) {
    }

    /** The subnet a segment uses, and who says so. */
    private record SegmentSubnet(Ipv4Cidr subnet, String source) {
    }

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        SegmentIndex segments = model.segments();
        Map<Long, String> addresses = new HashMap<>();
        Map<Integer, SegmentSubnet> subnets = new HashMap<>();
        for (Topology topology : model.topologies()) {
            for (Network network : topology.getNetworks()) {
                int segment = segments.segmentOfNetwork(network);
                if (network.getSubnet() != null) {
                    subnets.putIfAbsent(segment, new SegmentSubnet(network.getSubnet().subnet(),
                            "declared by network " + Labels.of(network)));
                }
                for (Router router : network.getRouters()) {
                    if (router.getAddress() != null) {
                        addresses.putIfAbsent(key(segment, router.getAddress().bits()),
                                "router " + router.getAddress() + " of network " + Labels.of(network));
                    }
                }
                for (NetworkDhcpServer server : network.getDhcpServers()) {
                    if (server.getAddress() != null) {
                        addresses.putIfAbsent(key(segment, server.getAddress().bits()),
                                "DHCP server " + server.getAddress() + " of network " + Labels.of(network));
                    }
                }
            }
        }
        Map<SegmentMac, String> macs = new HashMap<>();
        for (Interface nic : model.interfaces()) {
            int segment = segments.segmentOf(nic);
            if (segment < 0) {
                continue;
            }
            String label = Labels.withKind(nic);
            if (nic.getMac() != null) {
                String first = macs.putIfAbsent(new SegmentMac(segment, nic.getMac().bits()), label);
                if (first != null) {
                    findings.report(Rule.V6_DUPLICATE_MAC, nic, MODEL.getInterface_Mac(), label, nic.getMac(), first,
                            segments.name(segment));
                }
            }
            StaticIpv4Config settings = InterfaceSettings.staticSettings(nic);
            if (settings == null || !InterfaceSettings.hasTcpIp4(nic)) {
                continue;
            }
            Ipv4Cidr address = settings.getAddress();
            String first = addresses.putIfAbsent(key(segment, address.address().bits()), label);
            if (first != null) {
                findings.report(Rule.V6_DUPLICATE_ADDRESS, settings, MODEL.getStaticIpv4Config_Address(), label,
                        address.address(), first, segments.name(segment));
            }
            SegmentSubnet used = subnets.putIfAbsent(segment, new SegmentSubnet(address.subnet(), "as " + label + " does"));
            if (used != null && !used.subnet().equals(address.subnet())) {
                findings.report(Rule.V7_MIXED_SUBNETS, settings, MODEL.getStaticIpv4Config_Address(), label, address.subnet(),
                        segments.name(segment), used.subnet(), used.source());
            }
        }
    }

    private static long key(int segment, int address) {
        return ((long) segment << 32) | (address & 0xFFFFFFFFL);
    }
}
