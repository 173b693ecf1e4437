// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.EClassImpl;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.DefaultFragmentProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;

/**
 * The resource of a .hvnet file: Xtext's lazily linking resource that names its objects (URI fragments) with the
 * strings EMF computes object by object, at a cost linear in the size of the file. Unloading walks the objects with a
 * {@link FragmentWalk}, which knows the fragment of each object it hands out; a loaded resource names its objects with
 * a {@link ContainmentPath} kept in its cache until it changes. The language server names most objects of a file in the
 * index at every edit, and unloads the resource of a file it loads anew (one not open in the editor); for a file of
 * 2,000 hosts EMF's way took seconds.
 * <p>
 * An edit brought in by the partial parser ({@link #update}) is linked in part when the parser replaced one element in
 * place (see {@link #replacedInPlace()} and the language's linker), and a resolution of every lazy reference is done
 * once per linking: the language server's builder, validator and resource descriptions each ask for it at every edit
 * (issue 12, item 3).
 */
public class HvnetResource extends LazyLinkingResource {

    /** The walk of the objects being unloaded, while {@link #doUnload()} runs; else null. */
    private FragmentWalk unloading;

    /** The elements the partial parser replaced, while {@link #update} runs; else null. */
    private List<ReplacedElement> replaced;

    /** What is resolved since the last linking. */
    private final ResolutionState resolution = new ResolutionState();

    /** Whether every reference was resolved when the {@link #update} running began. */
    private boolean resolvedBeforeUpdate;

    /** The root element when the {@link #update} running began. */
    private EObject rootBeforeUpdate;

    @Override
    protected void doUnload() {
        resolution.forget();
        try {
            super.doUnload();
        } finally {
            unloading = null;
        }
    }

    /** Brings the resource to the text with {@code newText} in place of the region, with the partial parser (see the type). */
    @Override
    public void update(int offset, int replacedTextLength, String newText) {
        replaced = new ArrayList<>(1);
        resolvedBeforeUpdate = resolution.isResolved(resolutionStamp());
        rootBeforeUpdate = getParseResult() == null ? null : getParseResult().getRootASTElement();
        try {
            super.update(offset, replacedTextLength, newText);
        } finally {
            replaced = null;
            rootBeforeUpdate = null;
        }
    }

    /** Called by the language's unloader before {@code element} is replaced by a reparse. */
    void replacing(EObject element) {
        if (replaced != null) {
            replaced.add(ReplacedElement.of(element));
        }
    }

    /**
     * While the partial parser's edit is linked: the one element it replaced in place ({@link ReplacedElement#NONE} if
     * none), so that only the references the edit can have changed are linked anew; null when the whole file is to be
     * linked (a load, a reparse of the whole text, a new root, or several elements replaced).
     */
    public ReplacedElement replacedInPlace() {
        EObject root = getParseResult() == null ? null : getParseResult().getRootASTElement();
        if (replaced == null || replaced.size() > 1 || root == null || root != rootBeforeUpdate) {
            return null;
        }
        ReplacedElement element = replaced.isEmpty() ? ReplacedElement.NONE : replaced.get(0);
        return element.isInPlace(this) ? element : null;
    }

    /**
     * Called by the language's linker after it linked the partial reparse in part: {@code linked} are the only elements
     * it gave proxies (if every other reference was resolved before, a resolution resolves theirs only), and the
     * information of the lazy proxies of the {@code removed} elements (replaced) is dropped, as a linking of the whole
     * file drops it with the rest, so that it does not keep them.
     */
    public void linkedInPart(List<EObject> linked, Set<EObject> removed) {
        resolution.linkedInPart(linked, resolvedBeforeUpdate);
        List<Triple<EObject, EReference, INode>> proxies = getLazyProxyInformation();
        for (int i = 0; i < proxies.size() && !removed.isEmpty(); i++) {
            Triple<EObject, EReference, INode> proxy = proxies.get(i);
            if (proxy != null && removed.contains(proxy.getFirst())) {
                proxies.set(i, null);
            }
        }
    }

    @Override
    protected void doLinking() {
        resolution.forget();
        super.doLinking();
        resolution.linked(resolutionStamp());
    }

    @Override
    protected void clearErrorsAndWarnings() {
        resolution.forget();
        super.clearErrorsAndWarnings();
    }

    /**
     * Resolves every lazy reference, unless a resolution of all of them ended since the resource was last linked,
     * changed or cleared of its diagnostics: nothing is left to resolve then, and every reference that stayed
     * unresolved already has its diagnostic among the resource's errors (a cancelled resolution does not count). After
     * a linking in part of a resolved file, only the elements it gave proxies are resolved.
     */
    @Override
    public void resolveLazyCrossReferences(CancelIndicator monitor) {
        Object stamp = resolutionStamp();
        if (resolution.isResolved(stamp)) {
            return;
        }
        List<EObject> pending = resolution.pending(stamp);
        if (pending == null) {
            super.resolveLazyCrossReferences(monitor);
        } else {
            CancelIndicator cancel = monitor == null ? CancelIndicator.NullImpl : monitor;
            for (EObject element : pending) {
                operationCanceledManager.checkCanceled(cancel);
                EStructuralFeature[] references = ((EClassImpl.FeatureSubsetSupplier) element.eClass().getEAllStructuralFeatures()).crossReferences();
                for (int i = 0; references != null && i < references.length; i++) {
                    resolveLazyCrossReference((InternalEObject) element, references[i]);
                }
            }
        }
        resolution.resolved(stamp, resolutionStamp());
    }

    /** An object the resource's cache keeps until any change of the model (null while not loaded). */
    private Object resolutionStamp() {
        return isLoaded() && !isLoading() ? ResourceSetState.stamp(this, getCache()) : null;
    }

    /** While unloading (EMF's unload walks the contents it unloads with this): a walk that knows the fragments. */
    @Override
    protected TreeIterator<EObject> getAllProperContents(List<EObject> contents) {
        if (namesByEmfPaths() && contents != null && contents == unloadingContents) {
            unloading = new FragmentWalk(contents);
            return unloading;
        }
        return super.getAllProperContents(contents);
    }

    @Override
    public String getURIFragment(EObject object) {
        FragmentWalk walk = unloading;
        String fragment = null;
        if (walk != null) {
            fragment = walk.current() == object ? walk.fragment() : null;
        } else if (unloadingContents == null && isLoaded() && !isLoading() && namesByEmfPaths()) {
            fragment = getCache().get(ContainmentPath.class, this, ContainmentPath::new).of(this, object);
        }
        return fragment != null ? fragment : super.getURIFragment(object);
    }

    /** Whether the language names objects as EMF does (a language that binds its own fragment provider names them itself). */
    private boolean namesByEmfPaths() {
        return getFragmentProvider() == null || getFragmentProvider().getClass() == DefaultFragmentProvider.class;
    }
}
