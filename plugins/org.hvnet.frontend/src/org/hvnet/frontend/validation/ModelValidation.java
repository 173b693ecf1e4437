// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hvnet.analysis.names.ElementNames;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceLocation;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.validation.RuleDiagnostic;
import org.hvnet.validation.TopologyValidation;

/**
 * Validation of loaded .hvnet files for the command line: the loader's syntax and link problems plus every finding
 * of the rule catalogue over all files at once, each placed at its element's text. {@code hvnet validate} and
 * {@code hvnet simulate} print these.
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Every problem of {@code model}: syntax and link problems, then rule findings, sorted by file, line and column. */
    public static List<SourceProblem> validate(LoadedModel model) {
        return validate(model, null);
    }

    /** As {@link #validate(LoadedModel)}, reusing the simulated model of its topologies when the caller has it (or null). */
    public static List<SourceProblem> validate(LoadedModel model, SimulatedModel simulated) {
        List<SourceProblem> problems = new ArrayList<>(model.problems());
        problems.addAll(findings(model, simulated));
        Collections.sort(problems);
        return problems;
    }

    /** The rule findings alone, located, in catalogue-check order. */
    public static List<SourceProblem> findings(LoadedModel model) {
        return findings(model, null);
    }

    /** The rule findings alone, reusing the simulated model of the topologies when the caller has it (or null). */
    public static List<SourceProblem> findings(LoadedModel model, SimulatedModel simulated) {
        List<SourceProblem> problems = new ArrayList<>();
        for (RuleDiagnostic finding : TopologyValidation.validate(model.topologies(), simulated)) {
            problems.add(toProblem(model, finding));
        }
        return problems;
    }

    /** One finding as a located problem. */
    public static SourceProblem toProblem(LoadedModel model, RuleDiagnostic finding) {
        SourceLocation location = model.locator().locate(finding.element(), finding.feature(), finding.index());
        return new SourceProblem(Severity.valueOf(finding.ruleSeverity().name()), finding.rule().id(),
                ElementNames.qualifiedName(finding.element()), location.file(), location.line(), location.column(),
                finding.getMessage());
    }

    /** True when any problem is an error. */
    public static boolean hasErrors(List<SourceProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
