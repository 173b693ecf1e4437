// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's lookup of the element at an offset, for any text: where no element is (an empty or half-typed file), the
 * named element there is none, instead of a NullPointerException inside Xtext.
 */
public class ElementsAtOffset extends EObjectAtOffsetHelper {

    @Override
    public EObject getElementWithNameAt(XtextResource resource, int offset) {
        if (resource == null || offset < 0 || resolveElementAt(resource, offset) == null) {
            return resource == null || offset < 0 ? null : resolveCrossReferencedElementAt(resource, offset);
        }
        return super.getElementWithNameAt(resource, offset);
    }
}
