// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hvnet.model.Topology;
import org.hvnet.simulation.diff.ElementDescriptions.Description;

/**
 * The elements added, removed and changed between two versions of a model, matched by qualified name (a rename is a
 * removal and an addition); changed means another kind, attribute, reference or unnamed part. In model order.
 */
public record ElementChanges(List<ElementChange> added, List<ElementChange> removed, List<ElementChange> changed) {

    /** Compares the named elements of two versions. */
    public static ElementChanges between(Collection<Topology> older, Collection<Topology> newer) {
        return between(ElementDescriptions.of(older), ElementDescriptions.of(newer));
    }

    /** Compares two versions' named elements, described by {@link ElementDescriptions#of}. */
    static ElementChanges between(Map<String, Description> before, Map<String, Description> after) {
        List<ElementChange> added = new ArrayList<>();
        List<ElementChange> removed = new ArrayList<>();
        List<ElementChange> changed = new ArrayList<>();
        before.forEach((name, description) -> {
            Description now = after.get(name);
            if (now == null) {
                removed.add(new ElementChange(description.kind(), name, List.of()));
            } else {
                List<String> changes = changes(description, now);
                if (!changes.isEmpty()) {
                    changed.add(new ElementChange(now.kind(), name, changes));
                }
            }
        });
        after.forEach((name, description) -> {
            if (!before.containsKey(name)) {
                added.add(new ElementChange(description.kind(), name, List.of()));
            }
        });
        return new ElementChanges(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    private static List<String> changes(Description before, Description after) {
        List<String> changes = new ArrayList<>();
        if (!before.kind().equals(after.kind())) {
            changes.add("kind: " + before.kind() + " -> " + after.kind());
        }
        Set<String> features = new LinkedHashSet<>(before.features().keySet());
        features.addAll(after.features().keySet());
        for (String feature : features) {
            String old = before.features().getOrDefault(feature, "(none)");
            String now = after.features().getOrDefault(feature, "(none)");
            if (!old.equals(now)) {
                changes.add(feature + ": " + old + " -> " + now);
            }
        }
        return changes;
    }

    /** True when no element was added, removed or changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
