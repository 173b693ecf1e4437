// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

/**
 * The NAT of a NetNat (rule X-1, WinNAT) or of the Default Switch (X-2, Windows' ICS) on a host: packets from a
 * source inside {@code prefix} arriving on one of the private ports (the host vNICs whose address lies in the prefix)
 * for a destination outside it leave through the host's own routes with the egress interface's address as source;
 * from outside, only the static mappings reach an address inside the prefix. {@code label} names it in traces
 * ({@code NetNat LabNat}, {@code Default Switch "Default Switch"}) and {@code rule} is the rule its drops cite.
 */
public record WinNatRule(String label, String rule, int prefixAddress, int prefixLength, int[] privatePorts, PortMappings mappings) {

    /** True when {@code address} lies in the internal prefix. */
    public boolean inPrefix(int address) {
        int mask = prefixLength == 0 ? 0 : -1 << (32 - prefixLength);
        return (address & mask) == (prefixAddress & mask);
    }

    /** True when {@code port} is one of the private ports. */
    public boolean isPrivate(int port) {
        for (int p : privatePorts) {
            if (p == port) {
                return true;
            }
        }
        return false;
    }

    /** The prefix as {@code a.b.c.d/n}. */
    public String prefixText() {
        return org.hvnet.model.values.Ipv4Address.ofBits(prefixAddress) + "/" + prefixLength;
    }
}
