// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * A value computed from all the models of a resource set, kept on the set (one adapter per key) and made again when the
 * set's {@link ResourceSetState} has changed since, or when the kept value does not fit the caller's request.
 */
public final class KeptPerState {

    private KeptPerState() {
    }

    /**
     * The value kept under {@code key} on {@code resourceSet} if it was made for the set's current state and
     * {@code fits} it; else {@code compute}'s, which is kept. Callers of one key are serialized.
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(ResourceSet resourceSet, IResourceScopeCache cache, Object key, Predicate<? super T> fits,
            Supplier<? extends T> compute) {
        Kept kept = kept(resourceSet, key);
        synchronized (kept) {
            List<Object> state = ResourceSetState.of(resourceSet, cache);
            if (kept.value == null || !kept.state.equals(state) || !fits.test((T) kept.value)) {
                kept.value = compute.get();
                kept.state = state;
            }
            return (T) kept.value;
        }
    }

    private static Kept kept(ResourceSet resourceSet, Object key) {
        synchronized (resourceSet) {
            Kept kept = (Kept) EcoreUtil.getExistingAdapter(resourceSet, key);
            if (kept == null) {
                kept = new Kept(key);
                resourceSet.eAdapters().add(kept);
            }
            return kept;
        }
    }

    /** A value and the state it was made for, kept on a resource set under its key. */
    private static final class Kept extends AdapterImpl {

        private final Object key;
        private List<Object> state = List.of();
        private Object value;

        Kept(Object key) {
            this.key = key;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == key;
        }
    }
}
