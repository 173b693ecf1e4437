// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.validation;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Topology;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidator;

import com.google.inject.Inject;

/**
 * The .hvnet language's validator: reports the findings of the rule catalogue (org.hvnet.validation, over all files
 * of the resource set at once) that lie in the file validated, with the rule id as the issue code, at the element's
 * text, so that the language server publishes the rule id as the diagnostic {@code code}. Both groups of rules, on the
 * written model and on the simulated model (which copies the whole model), read every file at once and are
 * {@link CheckType#NORMAL}: the {@code FAST} validation of an edited file (syntax and links)
 * does not wait for them. Each group runs once per state of the resource set ({@link ResourceSetFindings}); these
 * are the language's only checks, and they are on the topology ({@link TopologyOnlyDiagnostician}).
 */
public class HvnetValidator extends AbstractHvnetValidator {

    @Inject
    private ResourceSetFindings findings;

    @Inject
    private OperationCanceledManager cancellations;

    /** Reports the findings of the rules on the written model that lie in {@code topology}. */
    @Check(CheckType.NORMAL)
    public void checkWrittenModel(Topology topology) {
        reportUnlessCancelled(stop -> findings.of(topology).ofWrittenModel(topology, stop));
    }

    /** Reports the findings of the rules on the simulated model (rule V-10, interface names) that lie in {@code topology}. */
    @Check(CheckType.NORMAL)
    public void checkSimulatedModel(Topology topology) {
        reportUnlessCancelled(stop -> findings.of(topology).ofSimulatedModel(topology, stop));
    }

    /**
     * Reports what {@code rules} find, asked with whether the validation running was cancelled (the language server's
     * next edit cancels the one before): the rules ask it before each rule, so an edit waits for at most one rule, not
     * all of them, and a cancellation ends this validation as Xtext's own checks end it.
     */
    private void reportUnlessCancelled(Function<BooleanSupplier, List<RuleDiagnostic>> rules) {
        Object indicator = getContext() == null ? null : getContext().get(CancelableDiagnostician.CANCEL_INDICATOR);
        BooleanSupplier stop = indicator instanceof CancelIndicator cancel ? cancel::isCanceled : () -> false;
        try {
            report(rules.apply(stop));
        } catch (CancellationException e) {
            cancellations.throwOperationCanceledException();
        }
    }

    private void report(List<RuleDiagnostic> ruleFindings) {
        for (RuleDiagnostic finding : ruleFindings) {
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
