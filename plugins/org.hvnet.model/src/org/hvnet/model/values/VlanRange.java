// SPDX-License-Identifier: EPL-2.0
package org.hvnet.model.values;

/**
 * An immutable VLAN id or inclusive range of VLAN ids of a trunk's allowed list ({@code 10}, {@code 30-39}; rule X-3).
 * Any non-negative number is kept as written: ids outside 1-4094 are reported by validation (rule V-15), not here.
 */
public final class VlanRange {

    private final int first;
    private final int last;

    private VlanRange(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /** The range {@code first} to {@code last}, both included; {@code first} must not exceed {@code last}. */
    public static VlanRange of(int first, int last) {
        if (first < 0 || first > last) {
            throw new IllegalArgumentException("'" + first + "-" + last + "' is not a VLAN range: the first id must be at most the last");
        }
        return new VlanRange(first, last);
    }

    /**
     * Parses {@code N} or {@code N-M}.
     *
     * @throws IllegalArgumentException with a message naming the offending text
     */
    public static VlanRange valueOf(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("missing VLAN id");
        }
        int dash = text.indexOf('-');
        if (dash < 0) {
            int id = number(text, text);
            return new VlanRange(id, id);
        }
        int first = number(text.substring(0, dash), text);
        int last = number(text.substring(dash + 1), text);
        if (first > last) {
            throw new IllegalArgumentException("'" + text + "' is not a VLAN range: " + first + " is greater than " + last
                    + "; write the lower id first");
        }
        return new VlanRange(first, last);
    }

    private static int number(String digits, String text) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + text + "' is not a VLAN id or range: expected N or N-M, like 10 or 30-39");
        }
        if (digits.length() > 9) {
            throw new IllegalArgumentException("'" + text + "' is not a VLAN id or range: " + digits + " is too large a number");
        }
        return Integer.parseInt(digits);
    }

    /** The first id of the range. */
    public int first() {
        return first;
    }

    /** The last id of the range (equal to {@link #first()} for a single id). */
    public int last() {
        return last;
    }

    /** True when {@code vlan} is in the range. */
    public boolean contains(int vlan) {
        return vlan >= first && vlan <= last;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VlanRange other && other.first == first && other.last == last;
    }

    @Override
    public int hashCode() {
        return first * 4099 + last;
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
