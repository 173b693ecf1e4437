// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * A scope of the language that answers "by which names is this element found here?" with look-ups by name. Xtext's
 * scopes answer {@link #getElements(EObject)} by comparing every element in scope with the one asked for (its URI
 * computed for each), once per reference written: quadratic in the model's size. An element of this language is
 * found by its qualified name or a shorter tail of it (a NIC as {@code eth0} within its host, {@code HV01.eth0}
 * elsewhere), so each tail, shortest first, is looked up and kept when the scope resolves it to the element, exactly
 * as the linker will when the text is read back. An element found by none of them (a name the scope hides, an
 * element without a name) is left to the scope's own scan, which reports it as before.
 */
final class NameLookupScope implements IScope {

    private final IScope scope;
    private final IQualifiedNameProvider names;

    NameLookupScope(IScope scope, IQualifiedNameProvider names) {
        this.scope = scope;
        this.names = names;
    }

    @Override
    public Iterable<IEObjectDescription> getElements(EObject object) {
        QualifiedName name = object == null ? null : names.getFullyQualifiedName(object);
        List<IEObjectDescription> found = new ArrayList<>(1);
        if (name != null) {
            URI uri = null;
            for (int skip = name.getSegmentCount() - 1; skip >= 0; skip--) {
                IEObjectDescription resolved = scope.getSingleElement(name.skipFirst(skip));
                if (resolved == null) {
                    continue;
                }
                if (resolved.getEObjectOrProxy() == object) {
                    found.add(resolved);
                    continue;
                }
                if (uri == null) {
                    uri = EcoreUtil2.getPlatformResourceOrNormalizedURI(object);
                }
                if (uri.equals(resolved.getEObjectURI())) {
                    found.add(resolved);
                }
            }
        }
        return found.isEmpty() ? scope.getElements(object) : found;
    }

    @Override
    public IEObjectDescription getSingleElement(EObject object) {
        Iterable<IEObjectDescription> elements = getElements(object);
        return elements.iterator().hasNext() ? elements.iterator().next() : null;
    }

    @Override
    public IEObjectDescription getSingleElement(QualifiedName name) {
        return scope.getSingleElement(name);
    }

    @Override
    public Iterable<IEObjectDescription> getElements(QualifiedName name) {
        return scope.getElements(name);
    }

    @Override
    public Iterable<IEObjectDescription> getAllElements() {
        return scope.getAllElements();
    }

    @Override
    public String toString() {
        return "name look-ups in " + scope;
    }
}
