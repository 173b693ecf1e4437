// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.List;

/**
 * Lists pairs whose reachability changed between two versions (rule T-8), in rows whose counts say they changed:
 * the new version's sources in its order (gained then lost targets), then the sources of the old version only.
 * Each pair is confirmed by a trace in both versions (delivered in one, dropped or absent in the other).
 */
final class ChangedPairs {

    private final ReachSide older;
    private final ReachSide newer;
    private final int limit;
    private final List<ReachDifference.PairChange> pairs;

    ChangedPairs(ReachSide older, ReachSide newer, int limit, List<ReachDifference.PairChange> pairs) {
        this.older = older;
        this.newer = newer;
        this.limit = limit;
        this.pairs = pairs;
    }

    /** Lists pairs given, per endpoint of the new version, how many common targets both reach from it (-1: not common). */
    void list(long[] bothByNew) {
        for (int n = 0; n < newer.size() && pairs.size() < limit; n++) {
            int o = older.endpoint(newer.label(n));
            long both = Math.max(0, bothByNew[n]);
            if (newer.reachesCount(n) > both) {
                row(newer, older, n, o, true);
            }
            if (o >= 0 && older.reachesCount(o) > both) {
                row(older, newer, o, n, false);
            }
        }
        for (int o = 0; o < older.size() && pairs.size() < limit; o++) {
            if (newer.endpoint(older.label(o)) < 0 && older.reachesCount(o) > 0) {
                row(older, newer, o, -1, false);
            }
        }
    }

    /** The targets that {@code from} reaches in {@code side} and not in {@code other} ({@code otherFrom} -1: absent there). */
    private void row(ReachSide side, ReachSide other, int from, int otherFrom, boolean gained) {
        for (int to = 0; to < side.size() && pairs.size() < limit; to++) {
            if (to == from || !side.reaches(from, to)) {
                continue;
            }
            int otherTo = other.endpoint(side.label(to));
            boolean inOther = otherFrom >= 0 && otherTo >= 0 && other.reaches(otherFrom, otherTo);
            if (inOther) {
                continue;
            }
            boolean confirmed = side.trace(from, to).delivered()
                    && (otherFrom < 0 || otherTo < 0 || !other.trace(otherFrom, otherTo).delivered());
            if (confirmed) {
                pairs.add(new ReachDifference.PairChange(side.label(from), side.label(to), gained));
            }
        }
    }
}
