// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * The state of a resource set's models, for what is computed from all of them and kept until one changes: for each
 * resource, the resource, its root element and a stamp that the resource cache drops on any change of that resource's
 * model (an edit reparsed in place keeps the resource and often its root, and changes the stamp). Two states are equal
 * (compared by identity) exactly when no resource was added, removed, reloaded or changed in between.
 */
public final class ResourceSetState {

    private static final String STAMP = ResourceSetState.class.getName() + ".stamp";

    private ResourceSetState() {
    }

    /** The state of {@code resourceSet} now, stamped through {@code cache} (the language's resource cache). */
    public static List<Object> of(ResourceSet resourceSet, IResourceScopeCache cache) {
        List<Resource> resources = List.copyOf(resourceSet.getResources());
        List<Object> state = new ArrayList<>(3 * resources.size());
        for (Resource resource : resources) {
            state.add(new Identity(resource));
            state.add(new Identity(resource.getContents().isEmpty() ? null : resource.getContents().get(0)));
            state.add(new Identity(stamp(resource, cache)));
        }
        return state;
    }

    /** An object that {@code cache} (the language's resource cache) keeps for {@code resource} until its model changes. */
    public static Object stamp(Resource resource, IResourceScopeCache cache) {
        return cache.get(STAMP, resource, Object::new);
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
