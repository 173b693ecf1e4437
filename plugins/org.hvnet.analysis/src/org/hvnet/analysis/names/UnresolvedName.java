// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.names;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An interface name that exists neither in the written model nor in the simulated one (rule {@code link}):
 * the element and feature (with list index, or -1) where it is written, the name and a message.
 */
public record UnresolvedName(EObject element, EStructuralFeature feature, int index, String name, String message) {
}
