// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * The scopes the serializer and the change serializer read a reference's text from
 * ({@code @SerializerScopeProviderBinding}): the language's own scopes, each asked for the names of the referenced
 * element by name ({@link NameLookupScope}) instead of by a scan of every element in scope, so that writing a model
 * costs time linear in its size.
 */
public class SerializationScopeProvider implements IScopeProvider {

    @Inject
    private IScopeProvider languageScopes;
    @Inject
    private IQualifiedNameProvider names;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        IScope scope = languageScopes.getScope(context, reference);
        return scope == null ? null : new NameLookupScope(scope, names);
    }
}
