// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the reachability summary's groups (rule T-8): fewest reached first, then the largest groups, then by
 * name. One group per source class, so their number grows with the classes; comparing records through a comparator
 * took a tenth of the summary's time. Instead each group's two numbers and its position are packed into one
 * {@code long} and sorted as numbers, and only the runs of groups with equal numbers are then ordered by name: the
 * same order as {@link #ORDER}, which names are unique in (each names a different endpoint). Counts too large to
 * pack (over two million endpoints) fall back to sorting with {@link #ORDER}.
 */
final class GroupOrder {

    /** Fewest reached first, then the largest groups, then by name. */
    static final Comparator<ReachGroup> ORDER = (a, b) -> {
        int order = Integer.compare(a.reaches(), b.reaches());
        order = order != 0 ? order : Integer.compare(b.members(), a.members());
        return order != 0 ? order : a.endpoint().compareTo(b.endpoint());
    };

    /** Bits per packed number: three of them fill 63 bits, so the packed keys sort as non-negative longs. */
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private GroupOrder() {
    }

    /** {@code groups} in {@link #ORDER}, as a new list. */
    static List<ReachGroup> sorted(List<ReachGroup> groups) {
        int n = groups.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            ReachGroup group = groups.get(i);
            if (n > MASK || group.reaches() > MASK || group.members() > MASK) {
                List<ReachGroup> plain = new ArrayList<>(groups);
                plain.sort(ORDER);
                return plain;
            }
            keys[i] = ((long) group.reaches() << (2 * BITS)) | ((MASK - group.members()) << BITS) | i;
        }
        Arrays.sort(keys);
        List<ReachGroup> result = new ArrayList<>(n);
        for (int start = 0, end; start < n; start = end) {
            long numbers = keys[start] >>> BITS;
            for (end = start + 1; end < n && keys[end] >>> BITS == numbers; end++) {
                // the run of groups with the same two numbers
            }
            int from = result.size();
            for (int i = start; i < end; i++) {
                result.add(groups.get((int) (keys[i] & MASK)));
            }
            if (end - start > 1 && !inNameOrder(result, from)) {
                result.subList(from, result.size()).sort(ORDER); // by name
            }
        }
        return result;
    }

    /**
     * True when the groups of {@code groups} from {@code from} on are already in the order of their names: nearly every
     * run is, its groups being made in model order, which names follow (the run is then not copied out and sorted).
     */
    private static boolean inNameOrder(List<ReachGroup> groups, int from) {
        for (int i = from + 1; i < groups.size(); i++) {
            if (groups.get(i - 1).endpoint().compareTo(groups.get(i).endpoint()) > 0) {
                return false;
            }
        }
        return true;
    }
}
