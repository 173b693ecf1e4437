package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interface endpoints that two versions of a model have in common, matched by name (rule T-8), each with its
 * joint destination class (its destination class in the old version and in the new one) and, per version, the
 * segments where its address is held by exactly one port (where a walk's final on-link lookup finds it). The counts
 * of {@link #bulk} answer how many endpoints of a joint class both versions' walks reach in bulk, without visiting them.
 */
final class CommonEndpoints {

    /** A bulk set of a walk: every endpoint of the class, none, or those held once in a segment (its number). */
    static final int ALL = -2;
    static final int NO_BULK = -3;

    private record Key(int joint, int oldSegment, int newSegment) {
    }

    final ReachSide older;
    final ReachSide newer;
    final int[] oldIndex;
    final int[] newIndex;
    final int[] joint;
    final List<int[]> jointClasses = new ArrayList<>(); // {old destination class, new destination class}
    private final int[][] oldUnique;
    private final int[][] newUnique;
    private final Map<Key, Integer> counts = new HashMap<>();
    private final Map<Integer, int[]> byOldAddress = new HashMap<>();
    private final Map<Integer, int[]> byNewAddress = new HashMap<>();

    CommonEndpoints(ReachSide older, ReachSide newer) {
        this.older = older;
        this.newer = newer;
        List<int[]> matched = new ArrayList<>();
        for (int o = 0; o < older.endpoints.interfaces(); o++) {
            int n = newer.endpoint(older.label(o));
            if (n >= 0 && !newer.isInternet(n)) {
                matched.add(new int[] { o, n });
            }
        }
        int size = matched.size();
        oldIndex = new int[size];
        newIndex = new int[size];
        joint = new int[size];
        oldUnique = new int[size][];
        newUnique = new int[size][];
        Map<Long, Integer> jointIds = new HashMap<>();
        for (int c = 0; c < size; c++) {
            oldIndex[c] = matched.get(c)[0];
            newIndex[c] = matched.get(c)[1];
            int oldClass = older.analysis.destinationClassOf(older.address(oldIndex[c]));
            int newClass = newer.analysis.destinationClassOf(newer.address(newIndex[c]));
            joint[c] = jointIds.computeIfAbsent(((long) oldClass << 32) | newClass, k -> {
                jointClasses.add(new int[] { oldClass, newClass });
                return jointClasses.size() - 1;
            });
            oldUnique[c] = uniqueSegments(older, older.address(oldIndex[c]));
            newUnique[c] = uniqueSegments(newer, newer.address(newIndex[c]));
            append(byOldAddress, older.address(oldIndex[c]), c);
            append(byNewAddress, newer.address(newIndex[c]), c);
            for (int a : withAll(oldUnique[c])) {
                for (int b : withAll(newUnique[c])) {
                    counts.merge(new Key(joint[c], a, b), 1, Integer::sum);
                }
            }
        }
    }

    private static int[] withAll(int[] segments) {
        int[] all = Arrays.copyOf(segments, segments.length + 1);
        all[segments.length] = ALL;
        return all;
    }

    private static void append(Map<Integer, int[]> map, int address, int c) {
        int[] old = map.getOrDefault(address, new int[0]);
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = c;
        map.put(address, grown);
    }

    /** The segments where exactly one port holds {@code address} (T-3: the on-link lookup finds it there). */
    private static int[] uniqueSegments(ReachSide side, int address) {
        return Arrays.stream(side.portsHolding(address)).map(side.net::segment)
                .filter(segment -> segment >= 0 && side.index.holders(segment, address) == 1).distinct().toArray();
    }

    int size() {
        return oldIndex.length;
    }

    /** The common endpoints holding {@code address} in the old version. */
    int[] holdingOld(int address) {
        return byOldAddress.getOrDefault(address, new int[0]);
    }

    /** The common endpoints holding {@code address} in the new version. */
    int[] holdingNew(int address) {
        return byNewAddress.getOrDefault(address, new int[0]);
    }

    /** The bulk set of a walk: {@link #ALL}, {@link #NO_BULK}, or the segment of its pending on-link lookup. */
    static int bulk(WalkOutcome walk) {
        if (walk.pendingOnLink()) {
            return walk.onLinkSegment();
        }
        return walk.verdict() == Verdict.DELIVERED ? ALL : NO_BULK;
    }

    /** How many endpoints of a joint class are in both bulk sets. */
    int bothBulk(int jointClass, int oldBulk, int newBulk) {
        if (oldBulk == NO_BULK || newBulk == NO_BULK) {
            return 0;
        }
        return counts.getOrDefault(new Key(jointClass, oldBulk, newBulk), 0);
    }

    /** True when common endpoint {@code c} is in the old bulk set {@code oldBulk}. */
    boolean inOldBulk(int c, int oldBulk) {
        return oldBulk == ALL || (oldBulk >= 0 && contains(oldUnique[c], oldBulk));
    }

    /** True when common endpoint {@code c} is in the new bulk set {@code newBulk}. */
    boolean inNewBulk(int c, int newBulk) {
        return newBulk == ALL || (newBulk >= 0 && contains(newUnique[c], newBulk));
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
