// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hvnet.model.Host;
import org.hvnet.validation.Rule;
import org.hvnet.validation.RuleDiagnostic;

/**
 * Collects the findings of one validation run. A finding on an element of a host whose platform the rule does not
 * apply to is dropped here, so that the catalogue alone decides where a rule applies.
 */
public final class Findings {

    private final List<RuleDiagnostic> diagnostics = new ArrayList<>();

    /** Reports {@code rule} at {@code feature} of {@code element} (index -1), the message filled with {@code arguments}. */
    public void report(Rule rule, EObject element, EStructuralFeature feature, Object... arguments) {
        reportAt(rule, element, feature, -1, arguments);
    }

    /** Reports {@code rule} at entry {@code index} of the many-valued {@code feature} of {@code element}. */
    public void reportAt(Rule rule, EObject element, EStructuralFeature feature, int index, Object... arguments) {
        if (!appliesIn(rule, Ownership.host(element))) {
            return;
        }
        diagnostics.add(new RuleDiagnostic(rule, element, feature, index, rule.message(arguments)));
    }

    /**
     * False when {@code rule} does not apply to the platform written for {@code host}: its findings on the elements of
     * that host are dropped, so a check may skip looking for them. True for no host or a host without platform.
     */
    public static boolean appliesIn(Rule rule, Host host) {
        return host == null || !host.isSetPlatform() || rule.severityOn(host.getPlatform()) != null;
    }

    /** Everything reported so far, in report order. */
    public List<RuleDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
