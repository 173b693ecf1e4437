// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * The output of the install transformation (rule I-5): new topologies (the input is never changed), one
 * change report per host that was installed, and the map from each input element to its copy.
 */
public record InstallResult(List<org.hvnet.model.Topology> topologies, List<InstallReport> reports, Map<EObject, EObject> copies) {

    /** The copy of an input element, or null when it has none (e.g. it was outside the input). */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T copyOf(T original) {
        return (T) copies.get(original);
    }

    /** True when any install changed something. */
    public boolean changed() {
        return reports.stream().anyMatch(InstallReport::changed);
    }
}
