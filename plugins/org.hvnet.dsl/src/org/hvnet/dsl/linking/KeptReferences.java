// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.linking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.hvnet.dsl.resource.ReplacedElement;
import org.hvnet.dsl.scoping.LocalScopes;

/**
 * The elements a partial reparse kept whose references must be linked anew, by name, after it replaced one element:
 * those with a reference that is still a proxy (unresolved, or into an element since unloaded: the replaced one, or
 * one of a file loaded anew), and those with a reference whose name may now find another element: a reference within
 * a host or VM ({@link LocalScopes}) when the replaced element was in that host or VM; any other reference when the
 * element it found has one of the names the replaced or the new element (or their contents) had. An element whose
 * reference is linked anew has its container linked anew too (the scope of {@code dhcp from} depends on the owner its
 * interface names). Every other reference keeps the element it found (issue 12, item 3).
 */
final class KeptReferences {

    private final ReplacedElement replaced;
    private final Set<EObject> enclosing;
    private final Set<String> names;
    private final Map<EClass, List<EReference>> referencesOf = new HashMap<>();

    KeptReferences(ReplacedElement replaced) {
        this.replaced = replaced;
        this.enclosing = replaced.enclosing();
        this.names = replaced.names();
    }

    /** The elements under {@code root}, not in the new element, to link anew, each once. */
    List<EObject> toRelink(EObject root) {
        Set<EObject> relink = Collections.newSetFromMap(new IdentityHashMap<>());
        List<EObject> ordered = new ArrayList<>();
        EObject fresh = replaced.newElement();
        TreeIterator<EObject> elements = EcoreUtil.getAllContents(List.of(root), false);
        while (elements.hasNext()) {
            EObject element = elements.next();
            if (element == fresh) {
                elements.prune();
            } else if (mustRelink(element)) {
                if (relink.add(element)) {
                    ordered.add(element);
                }
                EObject container = element.eContainer();
                if (container != null && !references(container.eClass()).isEmpty() && relink.add(container)) {
                    ordered.add(container);
                }
            }
        }
        return ordered;
    }

    private boolean mustRelink(EObject element) {
        for (EReference reference : references(element.eClass())) {
            Class<? extends EObject> local = LocalScopes.containerType(reference);
            if (local != null && element.eIsSet(reference) && enclosing.contains(EcoreUtil2.getContainerOfType(element, local))) {
                return true;
            }
            if (reference.isMany()) {
                for (Iterator<?> targets = ((InternalEList<?>) element.eGet(reference, false)).basicIterator(); targets.hasNext();) {
                    if (mustRelink(local, (EObject) targets.next())) {
                        return true;
                    }
                }
            } else if (mustRelink(local, (EObject) element.eGet(reference, false))) {
                return true;
            }
        }
        return false;
    }

    private boolean mustRelink(Class<? extends EObject> local, EObject target) {
        if (target == null) {
            return false;
        }
        if (target.eIsProxy() || target.eResource() == null) {
            return true;
        }
        return local == null && names.contains(SimpleAttributeResolver.NAME_RESOLVER.apply(target));
    }

    /** The references of {@code type} that the linker sets (as Xtext's linker clears them). */
    private List<EReference> references(EClass type) {
        return referencesOf.computeIfAbsent(type, t -> {
            List<EReference> references = new ArrayList<>();
            for (EReference reference : t.getEAllReferences()) {
                if (!reference.isContainment() && !reference.isContainer() && !reference.isDerived() && reference.isChangeable()
                        && !reference.isTransient()) {
                    references.add(reference);
                }
            }
            return references;
        });
    }
}
