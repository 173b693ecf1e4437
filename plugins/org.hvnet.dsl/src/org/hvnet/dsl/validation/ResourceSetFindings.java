// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.validation;

import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;
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

    @Inject
    private IResourceScopeCache cache;

    /** The validation of every topology beside {@code topology}, made for the set's current state or reused. */
    public WholeModelFindings of(Topology topology) {
        Resource resource = topology.eResource();
        ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
        if (resourceSet == null) {
            return WholeModelFindings.beside(topology);
        }
        LastValidation last = lastValidation(resourceSet);
        synchronized (last) {
            List<Object> state = ResourceSetState.of(resourceSet, cache);
            if (last.findings == null || !last.state.equals(state) || !last.findings.topologies().contains(topology)) {
                last.findings = WholeModelFindings.beside(topology);
                last.state = state;
            }
            return last.findings;
        }
    }

    private static LastValidation lastValidation(ResourceSet resourceSet) {
        synchronized (resourceSet) {
            LastValidation last = (LastValidation) EcoreUtil.getExistingAdapter(resourceSet, LastValidation.class);
            if (last == null) {
                last = new LastValidation();
                resourceSet.eAdapters().add(last);
            }
            return last;
        }
    }

    /** The last validation of a resource set and the state it was made for, kept on the set. */
    private static final class LastValidation extends AdapterImpl {

        private List<Object> state = List.of();
        private WholeModelFindings findings;

        @Override
        public boolean isAdapterForType(Object type) {
            return type == LastValidation.class;
        }
    }
}
