// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Inject;

/**
 * The language's diagnostician: a {@link CheckMode#NORMAL_ONLY} validation visits a file's root (its topology) and
 * not the elements under it. The language's only {@code NORMAL} checks are the rule catalogue's on the topology
 * ({@link HvnetValidator}); the checks of each element (EMF's constraints) are {@code FAST} ones, which the language
 * server runs in the validation before. Without this, the whole-model validation that follows every edit would walk
 * every element of a data-centre file once more for nothing. Every other mode validates the whole tree.
 */
public class RulesAtRootDiagnostician extends CancelableDiagnostician {

    /** The diagnostician over {@code registry}. */
    @Inject
    public RulesAtRootDiagnostician(EValidator.Registry registry) {
        super(registry);
    }

    /** The elements under {@code eObject}, unless only the {@code NORMAL} checks are asked for. */
    @Override
    protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (CheckMode.getCheckMode(context) == CheckMode.NORMAL_ONLY) {
            return true;
        }
        return super.doValidateContents(eObject, diagnostics, context);
    }
}
