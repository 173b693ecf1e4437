// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * The language's diagnostician: it validates a file's root, its topology, and not each element under it. The
 * language's checks are the rule catalogue's, on the topology ({@link HvnetValidator}: they read every file at once),
 * and EMF's generic constraints of each element are not checked (the grammar is the file's constraints: a syntax error
 * says what is missing, as on the command line); so a walk of every element of a data-centre file at every validation
 * would find nothing. Syntax errors and names that do not resolve come from the resource, not from the diagnostician.
 */
public class TopologyOnlyDiagnostician extends CancelableDiagnostician {

    /** The diagnostician over {@code registry}. */
    @Inject
    public TopologyOnlyDiagnostician(EValidator.Registry registry) {
        super(registry);
    }

    /** Nothing: no check of the language is on an element under the topology. */
    @Override
    protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }
}
