// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.validation;


import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.hvnet.dsl.resource.KeptPerState;
import org.hvnet.dsl.resource.ResourceSetState;
import org.hvnet.model.Topology;
import org.hvnet.validation.WholeModelFindings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The whole-model validation of a resource set in its current state, shared by the validation of each of its files:
 * Xtext validates file by file, but the rules see all files at once, so the rules run once per state of the set
 * (and the simulated model is built once) instead of once per file. The state is the set's {@link ResourceSetState}:
 * a changed, added, removed or reloaded file makes a new validation.
 */
@Singleton
public class ResourceSetFindings {

    /** The key of the last validation kept on a resource set. */
    private static final Object LAST_VALIDATION = ResourceSetFindings.class.getName() + ".lastValidation";

    @Inject
    private IResourceScopeCache cache;

    /** The validation of every topology beside {@code topology}, made for the set's current state or reused. */
    public WholeModelFindings of(Topology topology) {
        Resource resource = topology.eResource();
        ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
        if (resourceSet == null) {
            return WholeModelFindings.beside(topology);
        }
        return KeptPerState.get(resourceSet, cache, LAST_VALIDATION, findings -> findings.topologies().contains(topology),
                () -> WholeModelFindings.beside(topology));
    }
}
