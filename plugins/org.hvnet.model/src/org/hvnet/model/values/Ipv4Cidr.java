// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.values;

/** An immutable IPv4 address with a prefix length ({@code 192.168.1.10/24}); it may name a host or a subnet. */
public final class Ipv4Cidr {

    private final Ipv4Address address;
    private final int prefix;

    /** An address with a prefix length from 0 to 32. */
    public Ipv4Cidr(Ipv4Address address, int prefix) {
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix length " + prefix + " is out of range: use 0 to 32");
        }
        this.address = address;
        this.prefix = prefix;
    }

    /**
     * Parses {@code a.b.c.d/n}.
     *
     * @throws IllegalArgumentException with a message naming the offending text
     */
    public static Ipv4Cidr valueOf(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing IPv4 prefix");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an address with prefix: expected a.b.c.d/n");
        }
        Ipv4Address address = Ipv4Address.valueOf(text.substring(0, slash));
        String digits = text.substring(slash + 1);
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "' has an invalid prefix length '" + digits + "': use 0 to 32");
        }
        int prefix = Integer.parseInt(digits);
        if (prefix > 32) {
            throw new IllegalArgumentException("'" + text + "' has prefix length " + prefix + ": an IPv4 prefix is at most 32");
        }
        return new Ipv4Cidr(address, prefix);
    }

    /** The address as written (host part kept). */
    public Ipv4Address address() {
        return address;
    }

    /** The prefix length, 0 to 32. */
    public int prefix() {
        return prefix;
    }

    /** The subnet mask's bits. */
    public int maskBits() {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** The subnet this address lies in (host bits cleared). */
    public Ipv4Cidr subnet() {
        return new Ipv4Cidr(network(), prefix);
    }

    /** The network address (host bits cleared). */
    public Ipv4Address network() {
        return Ipv4Address.ofBits(address.bits() & maskBits());
    }

    /** The broadcast address of the subnet. */
    public Ipv4Address broadcast() {
        return Ipv4Address.ofBits(address.bits() | ~maskBits());
    }

    /** True when {@code other} lies in this subnet. */
    public boolean contains(Ipv4Address other) {
        return (other.bits() & maskBits()) == (address.bits() & maskBits());
    }

    /** True when the written address has no host bits set. */
    public boolean isNetworkAddress() {
        return address.equals(network());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4Cidr other && other.address.equals(address) && other.prefix == prefix;
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 33 + prefix;
    }

    @Override
    public String toString() {
        return address + "/" + prefix;
    }
}
