// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.List;

import org.hvnet.analysis.SimulatedModel;
import org.hvnet.cli.report.ModelCounts;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.simulation.Simulation;

/**
 * The input of the subcommands that read a model: the loaded files, their problems (syntax, link and every rule of
 * the catalogue, exactly as {@code hvnet validate} reports them, whether or not the files link), and the simulation
 * when the files parse and link.
 */
public record SimulationInput(LoadedModel model, List<SourceProblem> problems, Simulation simulation) {

    /**
     * Loads the files and validates them with every rule (which includes interface names found neither in the file
     * nor in the simulated model); simulates when the files parse and link. Prints nothing but progress.
     */
    public static SimulationInput load(CommandContext context, List<String> files) throws UnreadableInputException {
        return load(context, files, true);
    }

    /**
     * As {@link #load(CommandContext, List)}; without {@code simulate}, the files are only loaded and validated (for
     * the subcommands that need no addresses or traffic).
     */
    public static SimulationInput load(CommandContext context, List<String> files, boolean simulate) throws UnreadableInputException {
        return of(context, context.load(files), simulate);
    }

    /** As {@link #load(CommandContext, List, boolean)}, for files the caller has loaded. */
    public static SimulationInput of(CommandContext context, LoadedModel model, boolean simulate) {
        Progress progress = context.progress();
        progress.phase("validating " + ModelCounts.of(model.topologies()).describe());
        SimulatedModel simulated = model.hasErrors() ? null : SimulatedModel.of(model.topologies());
        List<SourceProblem> problems = ModelValidation.validate(model, simulated);
        Simulation simulation = null;
        if (simulated != null && simulate) {
            progress.phase("planning the addresses of the simulated network");
            simulation = Simulation.of(simulated);
        }
        return new SimulationInput(model, List.copyOf(problems), simulation);
    }

    /** True when any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** True when the simulation could run (the files parse and link). */
    public boolean simulated() {
        return simulation != null;
    }
}
