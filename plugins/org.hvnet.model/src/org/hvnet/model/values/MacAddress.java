// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.values;

import java.util.ArrayList;
import java.util.List;

/** An immutable 48-bit MAC address, written {@code 00-1A-2B-3C-4D-5E} (colons are accepted on input). */
public final class MacAddress implements Comparable<MacAddress> {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final long bits;

    private MacAddress(long bits) {
        this.bits = bits & 0xFFFF_FFFF_FFFFL;
    }

    /** The MAC address whose low 48 bits are {@code bits}. */
    public static MacAddress ofBits(long bits) {
        return new MacAddress(bits);
    }

    /**
     * Parses six two-digit hexadecimal groups separated by '-' or ':'.
     *
     * @throws IllegalArgumentException with a message naming the offending text
     */
    public static MacAddress valueOf(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing MAC address");
        }
        String[] parts = groups(text);
        if (parts.length != 6) {
            throw new IllegalArgumentException("'" + text + "' is not a MAC address: expected six groups of two hex digits, like 00-1A-2B-3C-4D-5E");
        }
        long bits = 0;
        for (String part : parts) {
            if (part.length() != 2 || Character.digit(part.charAt(0), 16) < 0 || Character.digit(part.charAt(1), 16) < 0) {
                throw new IllegalArgumentException("'" + text + "' is not a MAC address: '" + part + "' is not two hex digits");
            }
            bits = (bits << 8) | Integer.parseInt(part, 16);
        }
        return new MacAddress(bits);
    }

    /** The text split at every '-' and ':' (what {@code split("[-:]", -1)} gives, without a regular expression per call). */
    private static String[] groups(String text) {
        List<String> parts = new ArrayList<>(6);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == ':') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.toArray(new String[0]);
    }

    /** The 48 bits of this address. */
    public long bits() {
        return bits;
    }

    @Override
    public int compareTo(MacAddress other) {
        return Long.compare(bits, other.bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress other && other.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits);
    }

    @Override
    public String toString() {
        char[] text = new char[17]; // no String.format per group: an address table of a data centre writes 100,000 of them
        for (int group = 0; group < 6; group++) {
            int octet = (int) (bits >>> (40 - 8 * group)) & 0xFF;
            text[3 * group] = HEX[octet >>> 4];
            text[3 * group + 1] = HEX[octet & 0xF];
            if (group < 5) {
                text[3 * group + 2] = '-';
            }
        }
        return new String(text);
    }
}
