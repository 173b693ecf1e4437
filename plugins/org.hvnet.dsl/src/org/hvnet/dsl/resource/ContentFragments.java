// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * The URI fragment of every object under a resource's roots, exactly as EMF's ResourceImpl writes it for a path
 * ({@code /} and the root's position if there are several roots, then {@code @feature.position} or {@code @feature}
 * per containment), computed in one walk: each object's fragment is its container's plus one segment, with list
 * positions counted during the walk. EMF instead walks up from every object, finds its position with
 * {@code indexOf} and interns the segments, which made unloading a large file quadratic in the length of its lists.
 * <p>
 * Objects EMF names otherwise are left out, so that the resource asks EMF for them: an object whose class has an ID
 * attribute, objects below a reference with keys, objects held in feature maps or in another resource.
 */
public final class ContentFragments {

    private ContentFragments() {
    }

    /** The fragment of each object under {@code roots} (the resource's contents, in order) that EMF names by path. */
    public static Map<EObject, String> of(List<? extends EObject> roots) {
        Map<EObject, String> fragments = new IdentityHashMap<>();
        for (int i = 0; i < roots.size(); i++) {
            visit(roots.get(i), roots.size() > 1 ? "/" + i : "/", fragments);
        }
        return fragments;
    }

    private static void visit(EObject object, String fragment, Map<EObject, String> fragments) {
        if (object.eClass().getEIDAttribute() == null) {
            fragments.put(object, fragment);
        }
        for (EReference containment : object.eClass().getEAllContainments()) {
            if (!containment.getEKeys().isEmpty()) {
                continue;
            }
            Object value = object.eGet(containment, false);
            if (containment.isMany()) {
                List<?> children = (List<?>) value;
                String prefix = fragment + "/@" + containment.getName() + ".";
                for (int i = 0; i < children.size(); i++) {
                    EObject child = (EObject) children.get(i);
                    if (isProper(child)) {
                        visit(child, prefix + i, fragments);
                    }
                }
            } else if (value != null && isProper((EObject) value)) {
                visit((EObject) value, fragment + "/@" + containment.getName(), fragments);
            }
        }
    }

    /** Whether {@code child} is held in its container's resource (not a proxy, not the root of another resource). */
    private static boolean isProper(EObject child) {
        return !child.eIsProxy() && ((InternalEObject) child).eDirectResource() == null;
    }
}
