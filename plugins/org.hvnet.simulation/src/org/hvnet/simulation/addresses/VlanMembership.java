// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.addresses;

import java.util.Arrays;
import java.util.List;

/**
 * The VLAN setting of a switch port in the address table (rule X-3): an access VLAN, or a trunk's allowed VLANs
 * (ranges expanded) with its native VLAN, which holds the port's own address. Untagged ports have none (null).
 */
public record VlanMembership(Integer access, List<Integer> trunk, Integer nativeVlan) {

    /** An access port of {@code vlan}. */
    static VlanMembership access(int vlan) {
        return new VlanMembership(vlan, null, null);
    }

    /** A trunk of {@code allowed} VLANs with native VLAN {@code nativeVlan}. */
    static VlanMembership trunk(int[] allowed, int nativeVlan) {
        return new VlanMembership(null, Arrays.stream(allowed).boxed().toList(), nativeVlan);
    }

    /** True for a trunk port. */
    public boolean isTrunk() {
        return trunk != null;
    }

    /** {@code 10}, or {@code trunk 10,20,30-39 native 10} (runs of ids written as ranges). */
    public String text() {
        if (!isTrunk()) {
            return String.valueOf(access);
        }
        StringBuilder text = new StringBuilder("trunk ");
        for (int i = 0; i < trunk.size(); i++) {
            int first = trunk.get(i);
            int last = first;
            while (i + 1 < trunk.size() && trunk.get(i + 1) == last + 1) {
                last = trunk.get(++i);
            }
            text.append(text.length() > "trunk ".length() ? "," : "").append(first).append(last == first ? "" : "-" + last);
        }
        return text.append(" native ").append(nativeVlan).toString();
    }
}
