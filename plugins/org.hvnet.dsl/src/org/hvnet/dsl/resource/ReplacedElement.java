// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * The one element of a file that Xtext's partial parser replaced by a new one, in the same place (the smallest element
 * around an edit): where it was, the element now there, and the names of both, for linking only what the edit can have
 * changed (issue 12, item 3). Made from the old element before the parser unloads it; {@link #NONE} when the parser
 * replaced nothing (an edit that left the text as it was).
 */
public final class ReplacedElement {

    /** A partial reparse that replaced no element. */
    public static final ReplacedElement NONE = new ReplacedElement(null, null, null, -1, -1, Set.of());

    private final EObject old;
    private final EObject container;
    private final EReference feature;
    private final int index;
    private final int size;
    private final Set<String> names;

    private ReplacedElement(EObject old, EObject container, EReference feature, int index, int size, Set<String> names) {
        this.old = old;
        this.container = container;
        this.feature = feature;
        this.index = index;
        this.size = size;
        this.names = names;
    }

    /** The place of {@code old}, about to be replaced, and its names and those of what it holds. */
    static ReplacedElement of(EObject old) {
        EObject container = old.eContainer();
        EReference feature = old.eContainmentFeature();
        List<?> list = feature != null && feature.isMany() ? (List<?>) container.eGet(feature) : null;
        Set<String> names = new HashSet<>();
        addNames(old, names);
        return new ReplacedElement(old, container, feature, list == null ? -1 : list.indexOf(old), list == null ? -1 : list.size(), names);
    }

    /**
     * Whether the parse that replaced this element (in {@code resource}) left every other element where it was: the
     * old element was held by another element of the resource (not a root), and the new one, if any, took its place.
     */
    boolean isInPlace(Resource resource) {
        if (this == NONE) {
            return true;
        }
        if (container == null || container.eIsProxy() || container.eResource() != resource) {
            return false;
        }
        if (feature.isMany()) {
            List<?> list = (List<?>) container.eGet(feature);
            return list.size() == size && list.get(index) != old;
        }
        return container.eGet(feature) != old;
    }

    /** The new element in the old one's place (it and what it holds are linked anew); null if none. */
    public EObject newElement() {
        if (this == NONE) {
            return null;
        }
        return (EObject) (feature.isMany() ? ((List<?>) container.eGet(feature)).get(index) : container.eGet(feature));
    }

    /** The elements that held the replaced element (its container and theirs, up to the root); empty for {@link #NONE}. */
    public Set<EObject> enclosing() {
        Set<EObject> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
        for (EObject element = container; element != null; element = element.eContainer()) {
            enclosing.add(element);
        }
        return enclosing;
    }

    /** The old element and everything it held (no longer in the file). */
    public Set<EObject> removed() {
        Set<EObject> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        if (old != null) {
            removed.add(old);
            old.eAllContents().forEachRemaining(removed::add);
        }
        return removed;
    }

    /** The names of the old element, the new one and everything both hold. */
    public Set<String> names() {
        Set<String> all = new HashSet<>(names);
        EObject element = newElement();
        if (element != null) {
            addNames(element, all);
        }
        return all;
    }

    private static void addNames(EObject element, Set<String> names) {
        addName(element, names);
        for (TreeIterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
            addName(contents.next(), names);
        }
    }

    private static void addName(EObject element, Set<String> names) {
        String name = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
        if (name != null) {
            names.add(name);
        }
    }
}
