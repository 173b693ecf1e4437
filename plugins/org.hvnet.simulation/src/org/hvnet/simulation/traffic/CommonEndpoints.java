// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interface endpoints that two versions of a model have in common, matched by name (rule T-8), each with its
 * joint destination class (its destination class in the old version and in the new one) and, per version, the
 * segments where its address is held by exactly one port without in-coming ACL rules (where a walk's final on-link
 * lookup finds it, whoever sent). The counts of {@link #bulk} answer how many endpoints of a joint class both versions'
 * walks reach in bulk, without visiting them. An endpoint held once behind a port with in-coming ACL rules is reached
 * on-link only by the sources those rules allow, so it is in no bulk set there: it is {@link #guarded}, and
 * each walk tests it one by one.
 */
final class CommonEndpoints {

    /** A bulk set of a walk: every endpoint of the class, none, or those held once in a segment (its number). */
    static final int ALL = -2;
    static final int NO_BULK = -3;

    private static final int[] NONE = new int[0];

    final ReachSide older;
    final ReachSide newer;
    final int[] oldIndex;
    final int[] newIndex;
    final int[] joint;
    final List<int[]> jointClasses = new ArrayList<>(); // {old destination class, new destination class}
    private final int[][] oldUnique;
    private final int[][] newUnique;
    // Endpoints grouped by (joint class, old address, new address): all of a group are in the same bulk sets, since
    // the unique segments depend on the address only. A group is listed under every old bulk set it is in.
    private final List<Integer> groupCounts = new ArrayList<>();
    private final List<int[]> groupAddresses = new ArrayList<>(); // {joint class, old address, new address}
    final int[] groupOf;
    private final Map<Integer, int[]> groupsByOldAddress;
    private final Map<Integer, int[]> groupsByNewAddress;
    private final List<int[]> groupNewUnique = new ArrayList<>();
    private final Map<IntPair, int[]> groupsByJointAndOldBulk;
    private final Map<IntPair, int[]> byOldAddress; // by (address, joint class): see addressInJoint
    private final Map<IntPair, int[]> byNewAddress;
    private final Map<Integer, int[]> guardedByJoint;
    private final Map<IntTriple, Integer> bothBulkCounts = new HashMap<>();

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
        groupOf = new int[size];
        Map<Integer, List<Integer>> groupsOfOldAddress = new HashMap<>();
        Map<Integer, List<Integer>> groupsOfNewAddress = new HashMap<>();
        oldUnique = new int[size][];
        newUnique = new int[size][];
        Map<IntPair, Integer> jointIds = new HashMap<>();
        Map<IntPair, List<Integer>> oldHolders = new HashMap<>();
        Map<IntPair, List<Integer>> newHolders = new HashMap<>();
        Map<Integer, int[]> oldUniqueByAddress = new HashMap<>();
        Map<Integer, int[]> newUniqueByAddress = new HashMap<>();
        Map<Integer, Boolean> oldGuardedByAddress = new HashMap<>();
        Map<Integer, Boolean> newGuardedByAddress = new HashMap<>();
        Map<Integer, List<Integer>> guarded = new HashMap<>();
        Map<IntTriple, Integer> groupIds = new HashMap<>();
        Map<IntPair, List<Integer>> groupsOfOldBulk = new HashMap<>();
        for (int c = 0; c < size; c++) {
            oldIndex[c] = matched.get(c)[0];
            newIndex[c] = matched.get(c)[1];
            int oldClass = older.analysis.destinationClassOf(older.address(oldIndex[c]));
            int newClass = newer.analysis.destinationClassOf(newer.address(newIndex[c]));
            joint[c] = jointIds.computeIfAbsent(new IntPair(oldClass, newClass), k -> {
                jointClasses.add(new int[] { oldClass, newClass });
                return jointClasses.size() - 1;
            });
            // one look-up per address: an address held on every host (a private switch's) has thousands of holders
            oldUnique[c] = oldUniqueByAddress.computeIfAbsent(older.address(oldIndex[c]), address -> uniqueSegments(older, address));
            newUnique[c] = newUniqueByAddress.computeIfAbsent(newer.address(newIndex[c]), address -> uniqueSegments(newer, address));
            IntLists.append(oldHolders, addressInJoint(older.address(oldIndex[c]), joint[c]), c);
            IntLists.append(newHolders, addressInJoint(newer.address(newIndex[c]), joint[c]), c);
            boolean oldGuarded = oldGuardedByAddress.computeIfAbsent(older.address(oldIndex[c]), address -> heldOnceBehindAcl(older, address));
            boolean newGuarded = newGuardedByAddress.computeIfAbsent(newer.address(newIndex[c]), address -> heldOnceBehindAcl(newer, address));
            if (oldGuarded || newGuarded) {
                IntLists.append(guarded, joint[c], c);
            }
            int c0 = c;
            int group = groupIds.computeIfAbsent(new IntTriple(joint[c], older.address(oldIndex[c]), newer.address(newIndex[c])), key -> {
                groupCounts.add(0);
                groupNewUnique.add(newUnique[c0]);
                groupAddresses.add(new int[] { key.first(), key.second(), key.third() });
                IntLists.append(groupsOfOldAddress, key.second(), groupCounts.size() - 1);
                IntLists.append(groupsOfNewAddress, key.third(), groupCounts.size() - 1);
                for (int a : withAll(oldUnique[c0])) {
                    IntLists.append(groupsOfOldBulk, jointAndBulk(joint[c0], a), groupCounts.size() - 1);
                }
                return groupCounts.size() - 1;
            });
            groupCounts.set(group, groupCounts.get(group) + 1);
            groupOf[c] = group;
        }
        groupsByJointAndOldBulk = IntLists.frozen(groupsOfOldBulk);
        byOldAddress = IntLists.frozen(oldHolders);
        byNewAddress = IntLists.frozen(newHolders);
        guardedByJoint = IntLists.frozen(guarded);
        groupsByOldAddress = IntLists.frozen(groupsOfOldAddress);
        groupsByNewAddress = IntLists.frozen(groupsOfNewAddress);
    }

    private static int[] withAll(int[] segments) {
        int[] all = Arrays.copyOf(segments, segments.length + 1);
        all[segments.length] = ALL;
        return all;
    }

    /**
     * The key of the holders of an address in one joint class: a walk tests the holders of the addresses it met in the
     * joint class it walks to only, and an address held on every host has thousands of holders in other classes.
     */
    private static IntPair addressInJoint(int address, int jointClass) {
        return new IntPair(address, jointClass);
    }

    private static IntPair jointAndBulk(int jointClass, int bulk) {
        return new IntPair(jointClass, bulk);
    }

    /**
     * The segments where exactly one port holds {@code address} (T-3: the on-link lookup finds it there) and that port
     * has no in-coming ACL rules (X-7: else the lookup reaches it from some sources only).
     */
    private static int[] uniqueSegments(ReachSide side, int address) {
        return Arrays.stream(side.portsHolding(address)).filter(port -> heldOnce(side, port) && side.net.aclIn(port).isEmpty())
                .map(side.net::segment).distinct().sorted().toArray();
    }

    /** True when a port with in-coming ACL rules is the only holder of {@code address} in its segment. */
    private static boolean heldOnceBehindAcl(ReachSide side, int address) {
        return Arrays.stream(side.portsHolding(address)).anyMatch(port -> heldOnce(side, port) && !side.net.aclIn(port).isEmpty());
    }

    private static boolean heldOnce(ReachSide side, int port) {
        int segment = side.net.segment(port);
        return segment >= 0 && side.index.holders(segment, side.plan.address(port)) == 1;
    }

    int size() {
        return oldIndex.length;
    }

    /** How many groups of common endpoints there are (a joint class with an old and a new address each). */
    int groups() {
        return groupCounts.size();
    }

    /** How many common endpoints group {@code group} has. */
    int groupSize(int group) {
        return groupCounts.get(group);
    }

    /** The joint class, old address and new address of group {@code group}. */
    int[] groupAddresses(int group) {
        return groupAddresses.get(group);
    }

    /** The groups whose endpoints hold {@code address} in the old version. */
    int[] groupsHoldingOld(int address) {
        return groupsByOldAddress.getOrDefault(address, NONE);
    }

    /** The groups whose endpoints hold {@code address} in the new version. */
    int[] groupsHoldingNew(int address) {
        return groupsByNewAddress.getOrDefault(address, NONE);
    }

    /** The common endpoints of joint class {@code jointClass} holding {@code address} in the old version. */
    int[] holdingOld(int address, int jointClass) {
        return byOldAddress.getOrDefault(addressInJoint(address, jointClass), NONE);
    }

    /** The common endpoints of joint class {@code jointClass} holding {@code address} in the new version. */
    int[] holdingNew(int address, int jointClass) {
        return byNewAddress.getOrDefault(addressInJoint(address, jointClass), NONE);
    }

    /** The common endpoints of a joint class held once behind a port with in-coming ACL rules in either version. */
    int[] guarded(int jointClass) {
        return guardedByJoint.getOrDefault(jointClass, NONE);
    }

    /** The bulk set of a walk: {@link #ALL}, {@link #NO_BULK}, or the segment of its pending on-link lookup. */
    static int bulk(WalkOutcome walk) {
        if (walk.pendingOnLink()) {
            return walk.onLinkSegment();
        }
        return walk.verdict() == Verdict.DELIVERED ? ALL : NO_BULK;
    }

    /**
     * How many endpoints of a joint class are in both bulk sets. Kept per (joint class, old bulk, new bulk): every source
     * class asks it for every joint class, and a joint class may have thousands of groups.
     */
    int bothBulk(int jointClass, int oldBulk, int newBulk) {
        if (oldBulk == NO_BULK || newBulk == NO_BULK) {
            return 0;
        }
        return bothBulkCounts.computeIfAbsent(new IntTriple(jointClass, oldBulk, newBulk), key -> countBothBulk(jointClass, oldBulk, newBulk));
    }

    private int countBothBulk(int jointClass, int oldBulk, int newBulk) {
        int total = 0;
        for (int group : groupsByJointAndOldBulk.getOrDefault(jointAndBulk(jointClass, oldBulk), NONE)) {
            if (newBulk == ALL || contains(groupNewUnique.get(group), newBulk)) {
                total += groupCounts.get(group);
            }
        }
        return total;
    }

    /** True when common endpoint {@code c} is in the old bulk set {@code oldBulk}. */
    boolean inOldBulk(int c, int oldBulk) {
        return oldBulk == ALL || (oldBulk >= 0 && contains(oldUnique[c], oldBulk));
    }

    /** True when common endpoint {@code c} is in the new bulk set {@code newBulk}. */
    boolean inNewBulk(int c, int newBulk) {
        return newBulk == ALL || (newBulk >= 0 && contains(newUnique[c], newBulk));
    }

    /** True when the sorted {@code values} hold {@code value}. */
    private static boolean contains(int[] values, int value) {
        return Arrays.binarySearch(values, value) >= 0;
    }
}
