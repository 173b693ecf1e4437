package org.hvnet.diagram.text;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** A written cross-reference to cut out of the text: its owner, the reference, and the keyword before it. */
public record ReferenceSite(EObject owner, EReference reference, String keyword) {
}
