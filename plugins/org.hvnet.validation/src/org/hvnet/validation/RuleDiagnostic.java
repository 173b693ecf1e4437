// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One finding of a {@link Rule} as an EMF diagnostic. Its data list is {@code [element, feature, index, ruleId]}: the
 * offending element, the feature whose text is at fault (null for the whole element), the index in a list feature
 * (-1 for none) and the rule id; the first three are what Xtext's diagnostic conversion locates text by.
 */
public final class RuleDiagnostic extends BasicDiagnostic {

    /** The diagnostic source of every finding of this validator. */
    public static final String SOURCE = "org.hvnet.validation";

    private final Rule rule;
    private final EObject element;
    private final EStructuralFeature feature;
    private final int index;

    /** A finding of {@code rule} at {@code feature} (may be null) of {@code element}, entry {@code index} (-1 for none). */
    public RuleDiagnostic(Rule rule, EObject element, EStructuralFeature feature, int index, String message) {
        super(rule.severity().diagnosticSeverity(), SOURCE, rule.ordinal(), message,
                new Object[] { element, feature, Integer.valueOf(index), rule.id() });
        this.rule = rule;
        this.element = element;
        this.feature = feature;
        this.index = index;
    }

    /** The catalogue entry that fired. */
    public Rule rule() {
        return rule;
    }

    /** The offending element. */
    public EObject element() {
        return element;
    }

    /** The feature whose text is at fault, or null for the element as a whole. */
    public EStructuralFeature feature() {
        return feature;
    }

    /** The index in a many-valued feature, or -1. */
    public int index() {
        return index;
    }

    /** The rule's severity. */
    public RuleSeverity ruleSeverity() {
        return rule.severity();
    }

    @Override
    public String toString() {
        return rule.id() + " " + rule.severity() + " " + getMessage();
    }
}
