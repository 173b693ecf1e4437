// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a finding of a rule is; the names are those of the command's text, JSON and SARIF output. */
public enum RuleSeverity {
    /** The model is invalid: {@code hvnet validate} exits 1. */
    ERROR(Diagnostic.ERROR, "error"),
    /** Legal, but probably not what the user wants. */
    WARNING(Diagnostic.WARNING, "warning"),
    /** For information only. */
    INFO(Diagnostic.INFO, "note");

    private final int diagnosticSeverity;
    private final String sarifLevel;

    RuleSeverity(int diagnosticSeverity, String sarifLevel) {
        this.diagnosticSeverity = diagnosticSeverity;
        this.sarifLevel = sarifLevel;
    }

    /** The severity as an EMF {@link Diagnostic} severity. */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /** The SARIF 2.1.0 result level: error, warning or note. */
    public String sarifLevel() {
        return sarifLevel;
    }
}
