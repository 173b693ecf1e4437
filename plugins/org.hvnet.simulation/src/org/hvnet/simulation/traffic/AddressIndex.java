package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.analysis.segments.SegmentAddressKey;
import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Lookups the packet walker needs in constant time: the ports holding an address in a segment (T-3, T-4
 * duplicates), the devices owning an address, and the model's own subnets (T-3a) as a laminar family, which
 * also defines the destination classes of the reachability analysis (T-8).
 */
public final class AddressIndex {

    private static final int[] NO_PORTS = new int[0];

    private final SegmentAddressPorts portsInSegment;
    private final Map<Integer, int[]> ownerDevices = new HashMap<>();
    @SuppressWarnings("unchecked")
    private final Set<Integer>[] subnetsByPrefix = new Set[33];
    /** The prefixes some model subnet has, longest first: the only ones worth a lookup. */
    private final int[] usedPrefixes;

    /** Indexes the addresses of a plan. */
    public AddressIndex(NetworkSnapshot snapshot, AddressPlan plan, List<int[]> extraSubnets) {
        Map<Integer, List<Integer>> owners = new HashMap<>();
        Set<Long> owned = new HashSet<>();
        for (int i = 0; i <= 32; i++) {
            subnetsByPrefix[i] = new HashSet<>();
        }
        for (int port = 0; port < snapshot.portCount(); port++) {
            if (!plan.hasAddress(port)) {
                continue;
            }
            int address = plan.address(port);
            int device = snapshot.device(port);
            if (owned.add(SegmentAddressKey.of(device, address))) {
                owners.computeIfAbsent(address, k -> new ArrayList<>()).add(device);
            }
            addSubnet(address, plan.prefix(port));
        }
        for (int[] subnet : extraSubnets) {
            addSubnet(subnet[0], subnet[1]);
        }
        for (int device = 0; device < snapshot.deviceCount(); device++) {
            for (NatRule nat : snapshot.nat(device)) {
                for (int mapped : nat.mappedAddresses()) {
                    addSubnet(mapped, 32); // port mappings single out their address (T-6)
                }
            }
        }
        portsInSegment = new SegmentAddressPorts(snapshot, plan);
        usedPrefixes = IntStream.iterate(32, prefix -> prefix >= 0, prefix -> prefix - 1).filter(prefix -> !subnetsByPrefix[prefix].isEmpty())
                .toArray();
        owners.forEach((k, v) -> ownerDevices.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    private void addSubnet(int address, int prefix) {
        subnetsByPrefix[prefix].add(address & mask(prefix));
    }


    static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** The port that holds {@code address} in {@code segment} when exactly one does (T-3), else -1 (none, or a T-4 duplicate). */
    public int onlyHolder(int segment, int address) {
        return portsInSegment.onlyHolder(segment, address);
    }

    /** How many ports hold {@code address} in {@code segment} (0, 1, or more for a duplicate: rule T-4). */
    public int holders(int segment, int address) {
        return portsInSegment.count(segment, address);
    }

    /** The devices that own {@code address} on any port. */
    public int[] owners(int address) {
        return ownerDevices.getOrDefault(address, NO_PORTS);
    }

    /** True when {@code device} owns {@code address}. */
    public boolean owns(int device, int address) {
        for (int owner : owners(address)) {
            if (owner == device) {
                return true;
            }
        }
        return false;
    }

    /** True when the address lies in one of the model's own subnets (T-3a). */
    public boolean inModelSubnets(int address) {
        return mostSpecificPrefix(address) >= 0;
    }

    private int mostSpecificPrefix(int address) {
        for (int prefix : usedPrefixes) {
            if (subnetsByPrefix[prefix].contains(address & mask(prefix))) {
                return prefix;
            }
        }
        return -1;
    }

    /**
     * The destination class of an address: every decision of the walker except ownership and the last
     * on-link lookup depends on the address only through the most specific model subnet holding it and
     * whether it is public, private or link-local (T-8).
     */
    public long destinationClass(int address) {
        int prefix = mostSpecificPrefix(address);
        Ipv4Address value = Ipv4Address.ofBits(address);
        long category = value.isLinkLocal() ? 2 : value.isPrivateOrSpecial() ? 1 : 0;
        long network = prefix < 0 ? 0 : address & mask(prefix) & 0xFFFFFFFFL;
        return ((long) (prefix + 1) << 34) | (category << 32) | network;
    }
}
