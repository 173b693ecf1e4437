// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * A written cross-reference to cut out of the text: its owner, the reference, the keyword before it, and which of the
 * reference's values it is (a trunk cable names several networks, rule X-3).
 */
public record ReferenceSite(EObject owner, EReference reference, String keyword, int index) {

    /** The first (or only) value of the reference. */
    public ReferenceSite(EObject owner, EReference reference, String keyword) {
        this(owner, reference, keyword, 0);
    }
}
