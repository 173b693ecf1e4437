// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import java.util.List;
import java.util.TreeSet;

import org.hvnet.model.values.VlanRange;

/** A trunk's allowed VLANs (rule X-3) as the ids they cover: ranges expanded, sorted, each once. */
final class VlanLists {

    /** The most ids a list keeps: the VLAN id space; larger written ranges (V-15 errors) are cut there. */
    private static final int MAX_ID = 4095;

    private VlanLists() {
    }

    static int[] expand(List<VlanRange> allowed) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (VlanRange range : allowed) {
            for (int id = range.first(); id <= Math.min(range.last(), MAX_ID); id++) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
