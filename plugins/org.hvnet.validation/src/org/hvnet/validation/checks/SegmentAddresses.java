// SPDX-License-Identifier: EPL-2.0
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
import org.hvnet.analysis.segments.SegmentAddressKey;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.validation.Rule;

/**
 * Rules V-6 and V-7 per segment (T-1), with maps keyed by segment and address, never by comparing pairs: an IPv4
 * address or MAC is held once in a segment (the devices declared on a physical network included), and the static
 * interfaces of a segment share one subnet (the network's declared subnet, else the first static interface's).
 */
public final class SegmentAddresses implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    /**
     * A MAC address in one segment: the key of the duplicate-MAC map (rule V-6), with its own equals and hashCode
     * rather than a record's, which go through a method handle for every lookup of every interface.
     */
    private static final class SegmentMac {

        private final int segment;
        private final long mac;

        SegmentMac(int segment, long mac) {
            this.segment = segment;
            this.mac = mac;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SegmentMac key && key.segment == segment && key.mac == mac;
        }

        @Override
        public int hashCode() {
            return 31 * segment + Long.hashCode(mac);
        }
    }

    /** The subnet a segment uses, and who says so: a text, or the interface whose static address sets it. */
    private record SegmentSubnet(Ipv4Cidr subnet, Object source) {

        String describe() {
            return source instanceof Interface nic ? "as " + Labels.withKind(nic) + " does" : source.toString();
        }
    }

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        SegmentIndex segments = model.segments();
        // values: a text for a network's own devices, else the interface (labels are made only for findings)
        Map<Long, Object> addresses = new HashMap<>();
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
                        addresses.putIfAbsent(SegmentAddressKey.of(segment, router.getAddress().bits()),
                                "router " + router.getAddress() + " of network " + Labels.of(network));
                    }
                }
                for (NetworkDhcpServer server : network.getDhcpServers()) {
                    if (server.getAddress() != null) {
                        addresses.putIfAbsent(SegmentAddressKey.of(segment, server.getAddress().bits()),
                                "DHCP server " + server.getAddress() + " of network " + Labels.of(network));
                    }
                }
            }
        }
        Map<SegmentMac, Interface> macs = new HashMap<>();
        for (Interface nic : model.interfaces()) {
            int segment = segments.segmentOf(nic);
            if (segment < 0) {
                continue;
            }
            if (nic.getMac() != null) {
                Interface first = macs.putIfAbsent(new SegmentMac(segment, nic.getMac().bits()), nic);
                if (first != null) {
                    findings.report(Rule.V6_DUPLICATE_MAC, nic, MODEL.getInterface_Mac(), Labels.withKind(nic), nic.getMac(),
                            Labels.withKind(first), segments.name(segment));
                }
            }
            StaticIpv4Config settings = InterfaceSettings.staticSettings(nic);
            if (settings == null || !InterfaceSettings.hasTcpIp4(nic)) {
                continue;
            }
            Ipv4Cidr address = settings.getAddress();
            Object first = addresses.putIfAbsent(SegmentAddressKey.of(segment, address.address().bits()), nic);
            if (first != null) {
                findings.report(Rule.V6_DUPLICATE_ADDRESS, settings, MODEL.getStaticIpv4Config_Address(), Labels.withKind(nic),
                        address.address(), first instanceof Interface other ? Labels.withKind(other) : first, segments.name(segment));
            }
            SegmentSubnet used = subnets.putIfAbsent(segment, new SegmentSubnet(address.subnet(), nic));
            if (used != null && !used.subnet().equals(address.subnet())) {
                findings.report(Rule.V7_MIXED_SUBNETS, settings, MODEL.getStaticIpv4Config_Address(), Labels.withKind(nic),
                        address.subnet(), segments.name(segment), used.subnet(), used.describe());
            }
        }
    }
}
