package org.hvnet.simulation.snapshot;

/**
 * A DHCP server that answers in one segment (rules A-2, S-5): its scope as address bits, the prefix of its
 * leases, the options a lease carries, its own address (or -1), and the name reports give it.
 */
public record DhcpServerSpec(String name, int segment, int rangeStart, int rangeEnd, int prefix, boolean hasGateway,
        int gateway, String dns, int ownAddress, boolean hasOwnAddress) {
}
