// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.Collection;
import java.util.List;

import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.traffic.ReachDifference;

/**
 * What a change does to the network: between two simulated versions of a model, the elements added, removed and
 * changed, the addresses that changed (A-rules), the reachability gained and lost (T-8) and the expectations that
 * flipped. The diagnostics, which the validation computes, are compared by the caller ({@link DiagnosticChanges}).
 */
public record ModelDifference(ElementChanges elements, List<AddressChange> addresses, ReachDifference reach,
        List<ExpectationFlip> expectations) {

    /**
     * Compares two versions; the elements of {@code olderElements} and {@code newerElements} (the written topologies,
     * or the simulated ones to show what an install does), the rest on the simulations. Lists at most {@code limit}
     * changed pairs.
     */
    public static ModelDifference between(Collection<Topology> olderElements, Simulation older, Collection<Topology> newerElements,
            Simulation newer, int limit) {
        return new ModelDifference(ElementChanges.between(olderElements, newerElements),
                AddressChange.between(older.addressTable(), newer.addressTable()),
                ReachDifference.between(older.reachSide(), newer.reachSide(), limit),
                ExpectationFlip.between(older.expectations(), newer.expectations()));
    }

    /** True when nothing differs (the diagnostics aside). */
    public boolean isEmpty() {
        return elements.isEmpty() && addresses.isEmpty() && reach.isEmpty() && expectations.isEmpty();
    }
}
