// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The objects under a resource's roots in the order EMF unloads them (depth first, the objects held in the resource
 * itself), each with its URI fragment as EMF's ResourceImpl writes a path: {@code /} and the root's position if there
 * are several roots, then {@code @feature.position} or {@code @feature} per containment. Each fragment is its
 * container's plus one segment, with list positions counted on the way, where EMF walks up from every object, finds
 * its position with {@code indexOf} and interns the segments (quadratic in the length of a list).
 * <p>
 * An object EMF names otherwise has no fragment here ({@link #fragment()} is null), so that the resource asks EMF:
 * an object whose class has an ID attribute, an object held by a reference with keys or in a feature map, and what
 * such a holder holds.
 */
public final class FragmentWalk implements TreeIterator<EObject> {

    private final Deque<Children> levels = new ArrayDeque<>();
    private EObject current;
    private String currentPath;
    private boolean expand;

    /** A walk over {@code roots} (a resource's contents, in order) and everything they hold. */
    public FragmentWalk(List<? extends EObject> roots) {
        levels.push(new Roots(roots));
    }

    /** The object {@link #next()} returned last, or null. */
    public EObject current() {
        return current;
    }

    /** The URI fragment of {@link #current()}, or null where EMF computes it otherwise. */
    public String fragment() {
        return currentPath == null || current.eClass().getEIDAttribute() != null ? null : currentPath;
    }

    @Override
    public boolean hasNext() {
        if (expand) {
            expand = false;
            levels.push(new Contents(current, currentPath));
        }
        while (!levels.isEmpty() && !levels.peek().prepare()) {
            levels.pop();
        }
        return !levels.isEmpty();
    }

    @Override
    public EObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Children level = levels.peek();
        current = level.prepared;
        currentPath = level.preparedPath;
        level.prepared = null;
        expand = true;
        return current;
    }

    /** The objects held by the one {@link #next()} returned last are left out. */
    @Override
    public void prune() {
        expand = false;
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    /** The objects of one level with their paths (null where EMF writes no path), one prepared ahead. */
    private abstract static class Children {

        EObject prepared;
        String preparedPath;

        /** Whether an object is prepared, preparing the next one if none is. */
        abstract boolean prepare();
    }

    /** The roots: {@code /}, or {@code /position} when there are several. */
    private static final class Roots extends Children {

        private final List<? extends EObject> roots;
        private int next;

        Roots(List<? extends EObject> roots) {
            this.roots = roots;
        }

        @Override
        boolean prepare() {
            if (prepared == null && next < roots.size()) {
                prepared = roots.get(next);
                preparedPath = roots.size() > 1 ? "/" + next : "/";
                next++;
            }
            return prepared != null;
        }
    }

    /** The objects one object holds, feature by feature, positions counted per feature. */
    private static final class Contents extends Children {

        private final String containerPath;
        private final Iterator<EObject> contents;
        private EStructuralFeature feature;
        private int position;

        Contents(EObject container, String containerPath) {
            this.containerPath = containerPath;
            this.contents = ((InternalEList<EObject>) container.eContents()).basicIterator();
        }

        @Override
        boolean prepare() {
            while (prepared == null && contents.hasNext()) {
                EObject child = contents.next();
                EStructuralFeature childFeature = contents instanceof EContentsEList.FeatureIterator<?> features ? features.feature() : null;
                position = childFeature != null && childFeature == feature ? position + 1 : 0;
                feature = childFeature;
                if (((InternalEObject) child).eDirectResource() == null) {
                    prepared = child;
                    preparedPath = path(child);
                }
            }
            return prepared != null;
        }

        private String path(EObject child) {
            if (containerPath == null || !(feature instanceof EReference reference) || !reference.getEKeys().isEmpty()
                    || child.eContainingFeature() != reference) {
                return null;
            }
            return reference.isMany() ? containerPath + "/@" + reference.getName() + "." + position
                    : containerPath + "/@" + reference.getName();
        }
    }
}
