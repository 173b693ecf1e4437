// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.IReferableElementsUnloader;

/**
 * Xtext's unloader of the elements a reparse replaces, which first tells the file's resource which element is replaced
 * (during a partial reparse, so that the resource links only what the edit can have changed), then turns the element
 * and its contents into proxies as Xtext does.
 */
public class ReplacingUnloader extends IReferableElementsUnloader.GenericUnloader {

    @Override
    public void unloadRoot(EObject root) {
        if (root.eResource() instanceof HvnetResource resource) {
            resource.replacing(root);
        }
        super.unloadRoot(root);
    }
}
