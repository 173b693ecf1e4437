// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * One group of the reachability summary (rule T-8): the endpoints of one source class, which make the same
 * walks, named by a representative (the first in matrix order), with how many endpoints its members reach
 * (fewest and most: members differ only by their own device's other addresses) and whether they reach the
 * internet. The internet's own group stands for the packets that enter from it ({@code internet} false: the
 * diagonal of the matrix does not count).
 */
public record ReachGroup(String endpoint, int members, int reaches, int reachesMost, boolean internet) {

    /** True when the members reach no other endpoint at all. */
    public boolean isolated() {
        return reachesMost == 0;
    }
}
