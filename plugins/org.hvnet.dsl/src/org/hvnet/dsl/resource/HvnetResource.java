// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.DefaultFragmentProvider;

/**
 * The resource of a .hvnet file: Xtext's lazily linking resource whose unloading walks its objects with a
 * {@link FragmentWalk}, which knows the URI fragment of each object it hands out, so that each object becomes a proxy
 * named by the string EMF would compute for it object by object. The language server unloads the old resource of a
 * file at every edit; for a file of 2,000 hosts EMF's way took seconds.
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
        // a language that binds its own fragment provider names its objects itself
        boolean emfFragments = getFragmentProvider() == null || getFragmentProvider().getClass() == DefaultFragmentProvider.class;
        if (emfFragments && contents != null && contents == unloadingContents) {
            unloading = new FragmentWalk(contents);
            return unloading;
        }
        return super.getAllProperContents(contents);
    }

    @Override
    public String getURIFragment(EObject object) {
        FragmentWalk walk = unloading;
        if (walk != null && walk.current() == object) {
            String fragment = walk.fragment();
            if (fragment != null) {
                return fragment;
            }
        }
        return super.getURIFragment(object);
    }
}
