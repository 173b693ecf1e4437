// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;

/**
 * The EMF validator of the hvnet package: validating a {@link Topology} reports every {@link RuleDiagnostic} of the
 * model it belongs to (all topologies of its resource set) that lies in it; every other element is checked as part
 * of its topology. Register it with {@link #register(EValidator.Registry)}; the .hvnet language composes it into
 * its own validator.
 */
public final class TopologyValidator implements EValidator {

    /** The one instance: it holds no state. */
    public static final TopologyValidator INSTANCE = new TopologyValidator();

    private TopologyValidator() {
    }

    /**
     * Registers the validator for the hvnet package in {@code registry} unless a validator is registered there already
     * (the .hvnet language's validator, which runs this one).
     */
    public static void register(EValidator.Registry registry) {
        registry.putIfAbsent(HvnetPackage.eINSTANCE, INSTANCE);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!(eObject instanceof Topology topology)) {
            return true;
        }
        boolean valid = true;
        for (RuleDiagnostic diagnostic : TopologyValidation.validateWithin(topology)) {
            valid &= diagnostic.ruleSeverity() != RuleSeverity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(diagnostic);
            }
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
