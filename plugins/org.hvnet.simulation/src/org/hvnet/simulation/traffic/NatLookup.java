// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;
import org.hvnet.simulation.snapshot.WinNatRule;

/**
 * The NAT that applies to a packet arriving at a device (rules T-6, X-1, X-2): an RRAS NAT by the port the packet
 * arrives on, a NetNat or the Default Switch's NAT by that port and the packet's addresses.
 */
final class NatLookup {

    private final NetworkSnapshot net;

    NatLookup(NetworkSnapshot net) {
        this.net = net;
    }

    /** The first RRAS NAT of {@code device} whose private side is port {@code in} (T-6), or null. */
    NatRule rrasPrivateTo(int device, int in) {
        for (NatRule nat : net.nat(device)) {
            if (nat.isPrivate(in)) {
                return nat;
            }
        }
        return null;
    }

    /** The first RRAS NAT of {@code device} whose public side is port {@code in} (T-6), or null. */
    NatRule rrasPublicTo(int device, int in) {
        for (NatRule nat : net.nat(device)) {
            if (nat.publicPort() == in) {
                return nat;
            }
        }
        return null;
    }

    /**
     * The NetNat or Default Switch NAT that translates a packet from {@code source} to {@code destination} arriving on
     * its private port {@code in} (X-1, X-2: a source inside the prefix, a destination outside it), or null.
     */
    WinNatRule outbound(int device, int in, int source, int destination) {
        for (WinNatRule nat : net.winNat(device)) {
            if (nat.isPrivate(in) && nat.inPrefix(source) && !nat.inPrefix(destination)) {
                return nat;
            }
        }
        return null;
    }

    /** True when {@link #outbound} reads the packet's source at {@code device} for port {@code in}: a NetNat's private port. */
    boolean readsSource(int device, int in) {
        for (WinNatRule nat : net.winNat(device)) {
            if (nat.isPrivate(in)) {
                return true;
            }
        }
        return false;
    }

    /** The NetNat or Default Switch NAT whose prefix holds {@code destination}, for a packet from outside it (port {@code in}), or null. */
    WinNatRule inbound(int device, int in, int destination) {
        for (WinNatRule nat : net.winNat(device)) {
            if (!nat.isPrivate(in) && nat.inPrefix(destination)) {
                return nat;
            }
        }
        return null;
    }
}
