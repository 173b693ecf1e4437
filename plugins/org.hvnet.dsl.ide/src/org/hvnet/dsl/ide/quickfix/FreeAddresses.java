// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/**
 * The addresses a V-5 fix may give out on a segment: in the subnet its static interfaces use (the first written),
 * or in a {@code 192.168.N.0/24} no file uses when it has none, and never an address written on the segment.
 */
final class FreeAddresses {

    private static final int LARGEST_RANGE = 100;

    private final List<Ipv4Cidr> written = new ArrayList<>();
    private final Set<Ipv4Address> taken = new HashSet<>();
    private final List<Topology> topologies;

    private FreeAddresses(List<Topology> topologies) {
        this.topologies = topologies;
    }

    /** The free addresses of {@code segment}. */
    static FreeAddresses of(SegmentIndex segments, int segment, List<Topology> topologies) {
        FreeAddresses free = new FreeAddresses(topologies);
        for (Interface member : segments.members(segment)) {
            if (member.getIpv4() instanceof StaticIpv4Config settings && settings.getAddress() != null) {
                free.written.add(settings.getAddress());
                free.taken.add(settings.getAddress().address());
                if (settings.getGateway() != null) {
                    free.taken.add(settings.getGateway());
                }
            }
        }
        return free;
    }

    /** The subnet of the segment: its first static interface's, or a /24 that no file uses. */
    Ipv4Cidr subnet() {
        if (!written.isEmpty()) {
            return written.get(0).subnet();
        }
        Set<Ipv4Cidr> used = new HashSet<>();
        for (Topology topology : topologies) {
            for (EObject each : (Iterable<EObject>) topology::eAllContents) {
                if (each instanceof StaticIpv4Config settings && settings.getAddress() != null) {
                    used.add(new Ipv4Cidr(settings.getAddress().address(), 24).subnet());
                } else if (each instanceof Network network && network.getSubnet() != null) {
                    used.add(new Ipv4Cidr(network.getSubnet().address(), 24).subnet());
                }
            }
        }
        for (int third = 0; third < 256; third++) {
            Ipv4Cidr candidate = Ipv4Cidr.valueOf("192.168." + third + ".0/24");
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        return Ipv4Cidr.valueOf("10.254.254.0/24");
    }

    /** The lowest host address of {@code subnet} not written on the segment, with the subnet's prefix; or null. */
    Ipv4Cidr firstFree(Ipv4Cidr subnet) {
        for (Ipv4Address address = subnet.network().plus(1); address.compareTo(subnet.broadcast()) < 0; address = address.plus(1)) {
            if (!taken.contains(address)) {
                return new Ipv4Cidr(address, subnet.prefix());
            }
        }
        return null;
    }

    /**
     * A DHCP range in {@code subnet} above every address written there: from the next address, at most
     * {@value #LARGEST_RANGE} addresses, below the broadcast address; null when none is left.
     */
    Ipv4Address[] rangeAbove(Ipv4Cidr subnet) {
        Ipv4Address highest = subnet.network();
        for (Ipv4Address address : taken) {
            if (subnet.contains(address) && address.compareTo(highest) > 0) {
                highest = address;
            }
        }
        Ipv4Address low = highest.plus(1);
        Ipv4Address last = subnet.broadcast().plus(-1);
        if (low.compareTo(last) > 0) {
            return null;
        }
        Ipv4Address high = low.plus(LARGEST_RANGE - 1L).compareTo(last) < 0 ? low.plus(LARGEST_RANGE - 1L) : last;
        return new Ipv4Address[] { low, high };
    }
}
