// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.DefaultFragmentProvider;

/**
 * The resource of a .hvnet file: Xtext's lazily linking resource that names its objects (URI fragments) with the
 * strings EMF computes object by object, at a cost linear in the size of the file. Unloading walks the objects with a
 * {@link FragmentWalk}, which knows the fragment of each object it hands out; a loaded resource names its objects with
 * a {@link ContainmentPath} kept in its cache until it changes. The language server names most objects of a file in the
 * index at every edit, and unloads the resource of a file it loads anew (one not open in the editor); for a file of
 * 2,000 hosts EMF's way took seconds.
 */
public class HvnetResource extends LazyLinkingResource {

    /** The walk of the objects being unloaded, while {@link #doUnload()} runs; else null. */
    private FragmentWalk unloading;

    @Override
    protected void doUnload() {
        try {
            super.doUnload();
        } finally {
            unloading = null;
        }
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
