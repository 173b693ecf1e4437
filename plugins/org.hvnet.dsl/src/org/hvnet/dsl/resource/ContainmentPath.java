// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The URI fragments of the objects of one loaded resource in one state, as EMF's ResourceImpl writes a path
 * ({@code /} and the root's position if there are several roots, then {@code @feature.position} or {@code @feature}
 * per containment up from the root), with the positions in long lists read from a table filled once per list: EMF
 * finds each position with {@code indexOf}, so naming every object of a file of 2,000 hosts (the index of the file,
 * at every edit in the language server) cost time quadratic in the number of hosts. Valid while the resource does not
 * change: the resource keeps one in its cache, which any change empties.
 */
public final class ContainmentPath {

    /** Lists up to this length are searched; the positions of the elements of longer lists are tabled. */
    private static final int SEARCHED_LIST = 32;

    private final Map<EObject, Integer> positions = new IdentityHashMap<>();

    /**
     * The fragment EMF writes for {@code object} of {@code resource} (loaded, not unloading), or null where EMF writes
     * something else than such a path: for an object whose class has an ID attribute, one held by a reference with keys
     * or in a feature map, or one not held in {@code resource}.
     */
    public String of(Resource resource, EObject object) {
        if (object.eClass().getEIDAttribute() != null) {
            return null;
        }
        List<Object> segments = new ArrayList<>();
        InternalEObject held = (InternalEObject) object;
        while (held.eDirectResource() != resource) {
            InternalEObject container = held.eInternalContainer();
            EStructuralFeature feature = held.eContainingFeature();
            if (container == null || !(feature instanceof EReference reference) || !reference.getEKeys().isEmpty()) {
                return null;
            }
            segments.add(reference);
            segments.add(reference.isMany() ? (Integer) position(container, reference, held) : null);
            held = container;
        }
        List<EObject> roots = resource.getContents();
        StringBuilder fragment = new StringBuilder(16 * segments.size() + 2).append('/');
        if (roots.size() > 1) {
            fragment.append(roots.indexOf(held));
        }
        for (int i = segments.size() - 2; i >= 0; i -= 2) {
            fragment.append("/@").append(((EReference) segments.get(i)).getName());
            if (segments.get(i + 1) instanceof Integer position) {
                fragment.append('.').append(position.intValue());
            }
        }
        return fragment.toString();
    }

    private int position(EObject container, EReference reference, EObject element) {
        List<?> list = (List<?>) container.eGet(reference, false);
        if (list.size() <= SEARCHED_LIST) {
            return list.indexOf(element);
        }
        synchronized (positions) {
            Integer position = positions.get(element);
            if (position == null) {
                for (int i = 0; i < list.size(); i++) {
                    positions.put((EObject) list.get(i), i);
                }
                position = positions.get(element);
            }
            return position == null ? list.indexOf(element) : position;
        }
    }
}
