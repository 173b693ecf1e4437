// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvnet.analysis.segments.SegmentAddressKey;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.WinNatRule;

/**
 * Lookups the packet walker needs in constant time: the ports holding an address in a segment (T-3, T-4
 * duplicates), the devices owning an address, and two families of prefixes that define the classes of the
 * reachability analysis (T-8): the model's own subnets (T-3a: with NetNat prefixes and port-mapped addresses, X-1,
 * T-6) and the port ACL prefixes, which decide by destination, and the prefixes that decide by source (NetNat
 * and Default Switch prefixes, X-1, X-2; port ACL prefixes, X-7).
 */
public final class AddressIndex {

    private static final int[] NO_PORTS = new int[0];

    private final SegmentAddressPorts portsInSegment;
    private final Map<Integer, int[]> ownerDevices = new HashMap<>();
    private final PrefixFamily modelSubnets = new PrefixFamily();
    private final PrefixFamily destinationPrefixes = new PrefixFamily();
    private final PrefixFamily sourcePrefixes = new PrefixFamily();

    /** Indexes the addresses of a plan. */
    public AddressIndex(NetworkSnapshot snapshot, AddressPlan plan, List<int[]> extraSubnets) {
        Map<Integer, List<Integer>> owners = new HashMap<>();
        Set<Long> owned = new HashSet<>();
        for (int port = 0; port < snapshot.portCount(); port++) {
            if (!plan.hasAddress(port)) {
                continue;
            }
            int address = plan.address(port);
            int device = snapshot.device(port);
            if (owned.add(SegmentAddressKey.of(device, address))) {
                owners.computeIfAbsent(address, k -> new ArrayList<>()).add(device);
            }
            subnet(address, plan.prefix(port));
        }
        for (int[] subnet : extraSubnets) {
            subnet(subnet[0], subnet[1]);
        }
        for (int device = 0; device < snapshot.deviceCount(); device++) {
            for (NatRule nat : snapshot.nat(device)) {
                for (int mapped : nat.mappings().insideAddresses()) {
                    subnet(mapped, 32); // port mappings single out their address (T-6)
                }
            }
            for (WinNatRule nat : snapshot.winNat(device)) {
                subnet(nat.prefixAddress(), nat.prefixLength()); // inside the prefix or outside it
                sourcePrefixes.add(nat.prefixAddress(), nat.prefixLength());
                for (int mapped : nat.mappings().insideAddresses()) {
                    subnet(mapped, 32);
                }
            }
        }
        for (int port = 0; port < snapshot.portCount(); port++) {
            for (int[] prefix : snapshot.aclIn(port).prefixes()) {
                sourcePrefixes.add(prefix[0], prefix[1]); // in-coming packets are checked by source
                destinationPrefixes.add(prefix[0], prefix[1]);
            }
            for (int[] prefix : snapshot.aclOut(port).prefixes()) {
                sourcePrefixes.add(prefix[0], prefix[1]);
                destinationPrefixes.add(prefix[0], prefix[1]); // out-going packets are checked by destination
            }
        }
        modelSubnets.seal();
        destinationPrefixes.seal();
        sourcePrefixes.seal();
        portsInSegment = new SegmentAddressPorts(snapshot, plan);
        ownerDevices.putAll(IntLists.frozen(owners));
    }

    private void subnet(int address, int prefix) {
        modelSubnets.add(address, prefix);
        destinationPrefixes.add(address, prefix);
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

    /**
     * How many ports hold the address of {@code port} in its segment, as {@link #holders} of its segment and address
     * (0 when it has no address): read from the port's slot, kept when the index was made, not looked up again.
     */
    public int holdersOfOwn(int port) {
        return portsInSegment.countOwn(port);
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
        return modelSubnets.mostSpecificLength(address) >= 0;
    }

    /**
     * The destination class of an address: every decision of the walker except ownership and the last on-link lookup
     * depends on the destination only through the most specific prefix holding it among the model's subnets and the
     * prefixes that decide by destination, and whether it is public, private or link-local (T-8).
     */
    public long destinationClass(int address) {
        int prefix = destinationPrefixes.mostSpecificLength(address);
        Ipv4Address value = Ipv4Address.ofBits(address);
        long category = value.isLinkLocal() ? 2 : value.isPrivateOrSpecial() ? 1 : 0;
        long network = prefix < 0 ? 0 : address & mask(prefix) & 0xFFFFFFFFL;
        return ((long) (prefix + 1) << 34) | (category << 32) | network;
    }

    /**
     * The source class of an address: what the walker decides by the packet's source besides its being link-local
     * — a NetNat's prefix, a port ACL's remote prefix — depends on it only through the most
     * specific of those prefixes holding it (0 when none does, as in every model without NetNats or ACLs).
     */
    public long sourceClass(int address) {
        return sourcePrefixes.isEmpty() ? 0 : sourcePrefixes.mostSpecific(address);
    }
}
