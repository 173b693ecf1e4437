package org.hvnet.dsl.validation;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidation;
import org.hvnet.validation.TopologyValidator;

/**
 * The .hvnet language's validator: composes the headless validator of org.hvnet.validation (every rule of its
 * catalogue, over all files of the resource set) and reports each finding with the rule id as the issue code, at the
 * element's text, so that the language server publishes the rule id as the diagnostic {@code code}.
 */
public class HvnetValidator extends AbstractHvnetValidator {

    /** Reports every finding of the model validation that lies in {@code topology}. */
    @Check
    public void checkRules(Topology topology) {
        for (RuleDiagnostic finding : TopologyValidation.validateWithin(topology)) {
            String code = finding.rule().id();
            switch (finding.ruleSeverity()) {
            case ERROR -> getMessageAcceptor().acceptError(finding.getMessage(), finding.element(), finding.feature(),
                    finding.index(), code);
            case WARNING -> getMessageAcceptor().acceptWarning(finding.getMessage(), finding.element(), finding.feature(),
                    finding.index(), code);
            case INFO -> getMessageAcceptor().acceptInfo(finding.getMessage(), finding.element(), finding.feature(),
                    finding.index(), code);
            }
        }
    }

    /**
     * Registers this validator for the hvnet package. A bare {@link TopologyValidator} registered there before is
     * taken out first: this validator runs it already, and its codes would not be rule ids.
     */
    @Override
    public void register(EValidatorRegistrar registrar) {
        EValidator.Registry registry = registrar.getRegistry();
        if (registry.get(HvnetPackage.eINSTANCE) == TopologyValidator.INSTANCE) {
            registry.remove(HvnetPackage.eINSTANCE);
        }
        super.register(registrar);
    }
}
