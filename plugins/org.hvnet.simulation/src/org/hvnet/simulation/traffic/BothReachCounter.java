// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, for every endpoint two versions of a model have in common, how many common endpoints both versions say it
 * reaches (rule T-8), from the class walks of both versions, never pair by pair. Sources are grouped by joint source
 * class (their class in each version); per joint destination class ({@link CommonEndpoints}) the walks of the two
 * versions reach the same endpoints in bulk (every one, or those held once in the segment of a final on-link lookup)
 * counted from a table, plus the few owned by a device either walk visited or held behind a port with in-coming ACL
 * rules (X-7: the rules decide by the walk's source, so no table can count them), tested one by one. Each member is then
 * corrected for the addresses of its own device, which a source always reaches, and for itself (pairs are distinct).
 */
final class BothReachCounter {

    private final CommonEndpoints common;
    private final ReachSide older;
    private final ReachSide newer;
    private final int[] stamp;
    private int stampValue;
    private final int[] groupStamp;
    private int groupStampValue;

    BothReachCounter(CommonEndpoints common) {
        this.common = common;
        this.older = common.older;
        this.newer = common.newer;
        this.stamp = new int[common.size()];
        this.groupStamp = new int[common.groups()];
    }

    /** Per common endpoint, the common targets both versions reach from it (the internet's column included). */
    long[] count() {
        long[] both = new long[common.size()];
        Map<IntPair, List<Integer>> groups = new HashMap<>();
        for (int c = 0; c < common.size(); c++) {
            groups.computeIfAbsent(new IntPair(oldClass(c), newClass(c)), k -> new ArrayList<>()).add(c);
        }
        for (List<Integer> members : groups.values()) {
            int oldClass = oldClass(members.get(0));
            int newClass = newClass(members.get(0));
            long base = base(oldClass, newClass);
            for (int c : members) {
                both[c] = base + ownDevice(c, oldClass, newClass) + (internetColumn(c) ? 1 : 0);
            }
        }
        return both;
    }

    /** How many common endpoints both versions reach from the internet (0 unless both have it). */
    long fromInternet(int oldInternet, int newInternet) {
        long count = 0;
        for (int c = 0; c < common.size(); c++) {
            if (older.reaches(oldInternet, common.oldIndex[c]) && newer.reaches(newInternet, common.newIndex[c])) {
                count++;
            }
        }
        return count;
    }

    private int oldClass(int c) {
        return older.analysis.sourceClass(older.port(common.oldIndex[c]));
    }

    private int newClass(int c) {
        return newer.analysis.sourceClass(newer.port(common.newIndex[c]));
    }

    private boolean internetColumn(int c) {
        int oldInternet = older.endpoints.internetIndex();
        int newInternet = newer.endpoints.internetIndex();
        return oldInternet >= 0 && newInternet >= 0 && older.reaches(common.oldIndex[c], oldInternet)
                && newer.reaches(common.newIndex[c], newInternet);
    }

    /** The common endpoints that the walks of a joint source class reach in both versions, ownership aside. */
    private long base(int oldClass, int newClass) {
        long total = 0;
        for (int joint = 0; joint < common.jointClasses.size(); joint++) {
            WalkOutcome oldWalk = older.analysis.pathFor(oldClass, common.jointClasses.get(joint)[0]);
            WalkOutcome newWalk = newer.analysis.pathFor(newClass, common.jointClasses.get(joint)[1]);
            int oldBulk = CommonEndpoints.bulk(oldWalk);
            int newBulk = CommonEndpoints.bulk(newWalk);
            total += common.bothBulk(joint, oldBulk, newBulk);
            stampValue++;
            for (int device : oldWalk.visited()) {
                for (int port : older.net.devicePorts(device)) {
                    if (older.plan.hasAddress(port)) {
                        total += outsideBulk(common.holdingOld(older.plan.address(port), joint), oldWalk, newWalk, oldBulk, newBulk);
                    }
                }
            }
            for (int device : newWalk.visited()) {
                for (int port : newer.net.devicePorts(device)) {
                    if (newer.plan.hasAddress(port)) {
                        total += outsideBulk(common.holdingNew(newer.plan.address(port), joint), oldWalk, newWalk, oldBulk, newBulk);
                    }
                }
            }
            total += outsideBulk(common.guarded(joint), oldWalk, newWalk, oldBulk, newBulk); // rule X-7
        }
        return total;
    }

    /** Of {@code candidates} (all of the joint class walked to) not yet seen, those both walks reach but not both in bulk. */
    private int outsideBulk(int[] candidates, WalkOutcome oldWalk, WalkOutcome newWalk, int oldBulk, int newBulk) {
        int count = 0;
        for (int c : candidates) {
            if (stamp[c] == stampValue) {
                continue;
            }
            stamp[c] = stampValue;
            boolean inBoth = older.analysis.resolve(oldWalk, older.address(common.oldIndex[c]))
                    && newer.analysis.resolve(newWalk, newer.address(common.newIndex[c]));
            if (inBoth && !(common.inOldBulk(c, oldBulk) && common.inNewBulk(c, newBulk))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The correction of member {@code c}: targets holding an address of its own device, and itself. Targets are taken
     * by group (joint class, old and new address): all of a group answer alike, and an address may be held on every
     * host (a private switch's), so one by one would be quadratic in hosts.
     */
    private long ownDevice(int c, int oldClass, int newClass) {
        int oldDevice = older.net.device(older.port(common.oldIndex[c]));
        int newDevice = newer.net.device(newer.port(common.newIndex[c]));
        List<Integer> targets = new ArrayList<>();
        groupStampValue++;
        for (int port : older.net.devicePorts(oldDevice)) {
            if (older.plan.hasAddress(port)) {
                collectGroups(common.groupsHoldingOld(older.plan.address(port)), targets);
            }
        }
        for (int port : newer.net.devicePorts(newDevice)) {
            if (newer.plan.hasAddress(port)) {
                collectGroups(common.groupsHoldingNew(newer.plan.address(port)), targets);
            }
        }
        long correction = 0;
        for (int group : targets) {
            int[] addresses = common.groupAddresses(group);
            int oldAddress = addresses[1];
            int newAddress = addresses[2];
            int[] classes = common.jointClasses.get(addresses[0]);
            int size = common.groupSize(group);
            boolean oldWalk = older.analysis.resolve(older.analysis.pathFor(oldClass, classes[0]), oldAddress);
            boolean newWalk = newer.analysis.resolve(newer.analysis.pathFor(newClass, classes[1]), newAddress);
            correction -= oldWalk && newWalk ? size : 0; // counted by the base
            boolean oldCell = oldWalk || older.index.owns(oldDevice, oldAddress);
            boolean newCell = newWalk || newer.index.owns(newDevice, newAddress);
            correction += oldCell && newCell ? size - (group == common.groupOf[c] ? 1 : 0) : 0; // pairs are distinct
        }
        return correction;
    }

    private void collectGroups(int[] groups, List<Integer> into) {
        for (int group : groups) {
            if (groupStamp[group] != groupStampValue) {
                groupStamp[group] = groupStampValue;
                into.add(group);
            }
        }
    }
}
