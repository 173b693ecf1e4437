// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.DefaultFragmentProvider;

/**
 * The resource of a .hvnet file: Xtext's lazily linking resource whose unloading names the objects it turns into
 * proxies from fragments computed in one walk of the tree ({@link ContentFragments}), the same strings EMF computes
 * object by object. The language server unloads the old resource of a file at every edit; for a file of 2,000 hosts
 * EMF's way took seconds.
 */
public class HvnetResource extends LazyLinkingResource {

    /** The fragments of the objects being unloaded, while {@link #doUnload()} runs; else null. */
    private Map<EObject, String> unloadingFragments;

    @Override
    protected void doUnload() {
        // a language that binds its own fragment provider names its objects itself
        boolean emfFragments = getFragmentProvider() == null || getFragmentProvider().getClass() == DefaultFragmentProvider.class;
        unloadingFragments = emfFragments && unloadingContents != null ? ContentFragments.of(unloadingContents) : null;
        try {
            super.doUnload();
        } finally {
            unloadingFragments = null;
        }
    }

    @Override
    public String getURIFragment(EObject object) {
        Map<EObject, String> fragments = unloadingFragments;
        if (fragments != null) {
            String fragment = fragments.get(object);
            if (fragment != null) {
                return fragment;
            }
        }
        return super.getURIFragment(object);
    }
}
