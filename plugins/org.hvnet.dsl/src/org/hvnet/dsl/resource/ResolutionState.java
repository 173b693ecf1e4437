// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * What a .hvnet resource knows of the resolution of its lazy references since it was last linked, each fact tied to a
 * stamp of the resource's cache (which any change of the model drops): every reference resolved, or every reference
 * resolved but those of the elements a linking in part gave new proxies (issue 12, item 3). Forgotten at every
 * linking, unload and clearing of the resource's diagnostics.
 */
final class ResolutionState {

    /** The stamp when a resolution of every lazy reference last ended; null when none ended since the last linking. */
    private Object resolvedAt;

    /** The elements the last linking in part gave proxies, the rest of the file being resolved; else null. */
    private List<EObject> pending;

    /** The stamp when those elements were linked. */
    private Object pendingAt;

    /** Whether every reference was resolved by the time of {@code stamp}. */
    boolean isResolved(Object stamp) {
        return stamp != null && stamp == resolvedAt;
    }

    /** The only elements with references left to resolve at {@code stamp}; null when any element may have some. */
    List<EObject> pending(Object stamp) {
        return stamp != null && stamp == pendingAt ? pending : null;
    }

    /** A resolution that began at {@code before} ended at {@code after} (not cancelled). */
    void resolved(Object before, Object after) {
        resolvedAt = before != null && before == after ? after : null;
    }

    /** A linking in part gave {@code elements} new proxies and no others; {@code restResolved} if all else was resolved. */
    void linkedInPart(List<EObject> elements, boolean restResolved) {
        pending = restResolved ? elements : null;
    }

    /** The linking ended at {@code stamp}. */
    void linked(Object stamp) {
        resolvedAt = null;
        pendingAt = pending == null ? null : stamp;
    }

    /** Nothing is known any more. */
    void forget() {
        resolvedAt = null;
        pending = null;
        pendingAt = null;
    }
}
