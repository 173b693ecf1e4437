// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.List;

/**
 * Reachability gained and lost between two versions of a model (rule T-8): ordered pairs of distinct endpoints,
 * matched by name, that the new version reaches and the old one does not (gained) and the reverse (lost); an
 * endpoint of one version only contributes its pairs there. The counts come from the two summaries and the pairs
 * both versions reach ({@link BothReachCounter}), never from tracing pairs; the pairs listed, up to a limit, are
 * found in the rows whose counts changed, and each is confirmed by a trace in both versions.
 */
public final class ReachDifference {

    /** One pair of endpoints whose reachability changed: {@code gained} true when only the new version reaches it. */
    public record PairChange(String from, String to, boolean gained) {

        /** {@code gained} or {@code lost}. */
        public String change() {
            return gained ? "gained" : "lost";
        }
    }

    private final long gained;
    private final long lost;
    private final List<PairChange> pairs;

    private ReachDifference(long gained, long lost, List<PairChange> pairs) {
        this.gained = gained;
        this.lost = lost;
        this.pairs = List.copyOf(pairs);
    }

    /** The difference from {@code older} to {@code newer}, listing at most {@code limit} pairs. */
    public static ReachDifference between(ReachSide older, ReachSide newer, int limit) {
        CommonEndpoints common = new CommonEndpoints(older, newer);
        BothReachCounter counter = new BothReachCounter(common);
        long[] both = counter.count();
        int oldInternet = older.endpoints.internetIndex();
        int newInternet = newer.endpoints.internetIndex();
        long internetBoth = oldInternet >= 0 && newInternet >= 0 ? counter.fromInternet(oldInternet, newInternet) : 0;
        long total = internetBoth;
        for (long count : both) {
            total += count;
        }
        long gained = newer.summary.reachablePairs() - total;
        long lost = older.summary.reachablePairs() - total;
        List<PairChange> pairs = new ArrayList<>();
        if (gained + lost > 0 && limit > 0) {
            long[] bothByNew = new long[newer.size()];
            java.util.Arrays.fill(bothByNew, -1);
            for (int c = 0; c < both.length; c++) {
                bothByNew[common.newIndex[c]] = both[c];
            }
            if (oldInternet >= 0 && newInternet >= 0) {
                bothByNew[newInternet] = internetBoth;
            }
            new ChangedPairs(older, newer, limit, pairs).list(bothByNew);
        }
        return new ReachDifference(gained, lost, pairs);
    }

    /** The ordered pairs that only the new version reaches. */
    public long gained() {
        return gained;
    }

    /** The ordered pairs that only the old version reaches. */
    public long lost() {
        return lost;
    }

    /** Up to the limit of pairs that changed, each confirmed by a trace in both versions, row by row. */
    public List<PairChange> pairs() {
        return pairs;
    }

    /** True when no pair changed. */
    public boolean isEmpty() {
        return gained == 0 && lost == 0;
    }
}
