// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import java.util.List;

/**
 * How a walk ended. In trace mode: the verdict with its hops. In class mode (T-8): the devices arrived at, and
 * either a verdict or the segment of the final on-link lookup, which each destination resolves for itself, with the
 * packet's source address as it arrives there (translated by NAT, T-6, X-1, X-2), which port ACLs check.
 * {@code readsSource}: a decision of the walk, or of the pending on-link lookup, read the sender's source class (a
 * port ACL or a NetNat's prefix, X-7, X-1, X-2); when false, a sender with another source class (and the same
 * link-local status, A-4) makes the same walk.
 */
record WalkOutcome(Verdict verdict, String rule, String reason, List<Hop> hops, int[] visited, int onLinkSegment, int source,
        boolean readsSource) {

    /** True when the walk stopped at the final on-link lookup, leaving it to the destination (class mode). */
    boolean pendingOnLink() {
        return verdict == null;
    }
}
