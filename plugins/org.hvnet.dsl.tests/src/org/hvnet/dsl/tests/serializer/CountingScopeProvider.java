// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * The language's scopes, counting the elements they hand out or look through: each description a look-up by name
 * yields, each element of a full listing, and for a look-up by element ({@link IScope#getElements(EObject)}) every
 * element in scope, since that is what Xtext's scopes compare one by one. Bound as the language's scope provider in a
 * test injector (the language's own bound under the name {@value #COUNTED}), it shows how the work of a client (the
 * serializer) grows with the model.
 */
public class CountingScopeProvider implements IScopeProvider {

    /** The name under which the language's own scope provider is bound. */
    public static final String COUNTED = "counted";

    /** Elements handed out or looked through since the class was loaded. */
    public static final AtomicLong VISITED = new AtomicLong();

    @Inject
    @Named(COUNTED)
    private IScopeProvider language;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        IScope scope = language.getScope(context, reference);
        return scope == null ? null : new CountingScope(scope);
    }

    private static Iterable<IEObjectDescription> counted(Iterable<IEObjectDescription> elements) {
        return () -> {
            Iterator<IEObjectDescription> iterator = elements.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public IEObjectDescription next() {
                    VISITED.incrementAndGet();
                    return iterator.next();
                }
            };
        };
    }

    /** One scope of the language, counted. */
    private record CountingScope(IScope scope) implements IScope {

        @Override
        public IEObjectDescription getSingleElement(QualifiedName name) {
            IEObjectDescription element = scope.getSingleElement(name);
            VISITED.addAndGet(element == null ? 0 : 1);
            return element;
        }

        @Override
        public Iterable<IEObjectDescription> getElements(QualifiedName name) {
            return counted(scope.getElements(name));
        }

        @Override
        public IEObjectDescription getSingleElement(EObject object) {
            Iterator<IEObjectDescription> elements = getElements(object).iterator();
            return elements.hasNext() ? elements.next() : null;
        }

        @Override
        public Iterable<IEObjectDescription> getElements(EObject object) {
            counted(scope.getAllElements()).forEach(element -> {
            });
            return scope.getElements(object);
        }

        @Override
        public Iterable<IEObjectDescription> getAllElements() {
            return counted(scope.getAllElements());
        }
    }
}
