// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.hvnet.model.Topology;
import org.hvnet.validation.WholeModelFindings;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The whole-model validation of a resource set in its current state, shared by the validation of each of its files:
 * Xtext validates file by file, but the rules see all files at once, so the rules run once per state of the set
 * (and the simulated model is built once) instead of once per file. The state is the list of the set's resources,
 * each with its root element and a stamp that the language's resource cache drops on any change of that resource's
 * model: a changed, added, removed or reloaded file makes a new validation.
 */
@Singleton
public class ResourceSetFindings {

    private static final String STAMP = ResourceSetFindings.class.getName() + ".stamp";

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
            List<Object> state = stateOf(resourceSet);
            if (last.findings == null || !last.state.equals(state) || !last.findings.topologies().contains(topology)) {
                last.findings = WholeModelFindings.beside(topology);
                last.state = state;
            }
            return last.findings;
        }
    }

    /** For each resource: the resource, its root element and its stamp (all compared by identity). */
    private List<Object> stateOf(ResourceSet resourceSet) {
        List<Resource> resources = List.copyOf(resourceSet.getResources());
        List<Object> state = new ArrayList<>(3 * resources.size());
        for (Resource resource : resources) {
            state.add(new Identity(resource));
            state.add(new Identity(resource.getContents().isEmpty() ? null : resource.getContents().get(0)));
            state.add(new Identity(cache.get(STAMP, resource, Object::new)));
        }
        return state;
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

    /** Equality by identity, for the elements of a state. */
    private record Identity(Object object) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}
