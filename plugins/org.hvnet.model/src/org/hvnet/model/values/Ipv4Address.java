// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.values;

/** An immutable IPv4 address; {@link #valueOf(String)} rejects anything but a dotted quad of 0..255. */
public final class Ipv4Address implements Comparable<Ipv4Address> {

    /** The APIPA / link-local block 169.254.0.0/16 (rule A-4). */
    public static final Ipv4Cidr LINK_LOCAL = new Ipv4Cidr(new Ipv4Address(0xA9FE0000), 16);

    private final int bits;

    private Ipv4Address(int bits) {
        this.bits = bits;
    }

    /** The address whose 32 bits are {@code bits} (network byte order, most significant octet first). */
    public static Ipv4Address ofBits(int bits) {
        return new Ipv4Address(bits);
    }

    /**
     * Parses a dotted quad such as {@code 192.168.1.10}.
     *
     * @throws IllegalArgumentException with a message naming the offending text
     */
    public static Ipv4Address valueOf(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing IPv4 address");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address: expected four numbers separated by dots");
        }
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address: '" + part + "' is not a number from 0 to 255");
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address: octet " + octet + " is greater than 255");
            }
            bits = (bits << 8) | octet;
        }
        return new Ipv4Address(bits);
    }

    /** The 32 bits of this address. */
    public int bits() {
        return bits;
    }

    /** The address as an unsigned number, for ordering and arithmetic. */
    public long unsigned() {
        return bits & 0xFFFFFFFFL;
    }

    /** The address {@code n} after this one (n may be negative). */
    public Ipv4Address plus(long n) {
        return new Ipv4Address((int) (unsigned() + n));
    }

    /** True for 169.254.0.0/16, the APIPA range (rules ). */
    public boolean isLinkLocal() {
        return LINK_LOCAL.contains(this);
    }

    /** True for RFC 1918 addresses, link-local and loopback: never routed to the internet (rule T-3a). */
    public boolean isPrivateOrSpecial() {
        int a = (bits >>> 24) & 0xFF;
        int b = (bits >>> 16) & 0xFF;
        return a == 10 || a == 127 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 169 && b == 254);
    }

    @Override
    public int compareTo(Ipv4Address other) {
        return Long.compare(unsigned(), other.unsigned());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4Address other && other.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 0xFF) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
