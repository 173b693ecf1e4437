// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.diff.ElementDescriptions.Description;
import org.hvnet.simulation.expectations.ExpectationResult;
import org.hvnet.simulation.traffic.ReachDifference;
import org.hvnet.simulation.traffic.ReachSide;

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
        return between(Version.of(olderElements, older), Version.of(newerElements, newer), limit);
    }

    /** Compares two versions prepared on their own (see {@link Version#of}), listing at most {@code limit} changed pairs. */
    public static ModelDifference between(Version older, Version newer, int limit) {
        return new ModelDifference(ElementChanges.between(older.elements, newer.elements),
                AddressChange.between(older.addresses, newer.addresses),
                ReachDifference.between(older.reach, newer.reach, limit),
                ExpectationFlip.between(older.expectations, newer.expectations));
    }

    /**
     * What one version brings to a comparison: its named elements described, its address table, its side of the
     * reachability comparison (the summary's classes, T-8) and its expectations' verdicts. Each version is prepared
     * without the other, so that two can be prepared at the same time.
     */
    public static final class Version {
        private final Map<String, Description> elements;
        private final List<InterfaceAddress> addresses;
        private final ReachSide reach;
        private final List<ExpectationResult> expectations;

        private Version(Map<String, Description> elements, List<InterfaceAddress> addresses, ReachSide reach,
                List<ExpectationResult> expectations) {
            this.elements = elements;
            this.addresses = addresses;
            this.reach = reach;
            this.expectations = expectations;
        }

        /** Prepares a version: {@code elements} as written (or as simulated), the rest from {@code simulation}. */
        public static Version of(Collection<Topology> elements, Simulation simulation) {
            return new Version(ElementDescriptions.of(elements), simulation.addressTable(), simulation.reachSide(),
                    simulation.expectations());
        }
    }

    /** True when nothing differs (the diagnostics aside). */
    public boolean isEmpty() {
        return elements.isEmpty() && addresses.isEmpty() && reach.isEmpty() && expectations.isEmpty();
    }
}
