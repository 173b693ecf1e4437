// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.List;

/**
 * One packet from an endpoint to another, hop by hop (rule T-7): the verdict, and for a drop the rule id and
 * reason; for a delivery the reason says where it was delivered.
 */
public record Trace(String from, String to, Verdict verdict, String rule, String reason, List<Hop> hops) {

    /** True when the packet was delivered. */
    public boolean delivered() {
        return verdict == Verdict.DELIVERED;
    }
}
