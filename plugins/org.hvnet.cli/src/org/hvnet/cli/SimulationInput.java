package org.hvnet.cli;

import java.util.List;

import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.Severity;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.simulation.Simulation;

/**
 * The input of the simulation subcommands: the loaded files, their problems (syntax, link and every V-rule, as
 * {@code hvnet validate} reports them), and the simulation when the files parse and link.
 */
public record SimulationInput(LoadedModel model, List<SourceProblem> problems, Simulation simulation) {

    /**
     * Loads the files, validates them (syntax, link, and every rule of the catalogue, which includes interface names
     * found neither in the file nor in the simulated model), prints every problem on standard error, and simulates
     * when the files parse and link.
     */
    public static SimulationInput load(CommandContext context, List<String> files) throws UnreadableInputException {
        LoadedModel model = context.load(files);
        SimulatedModel simulated = model.hasErrors() ? null : SimulatedModel.of(model.topologies());
        List<SourceProblem> problems = model.hasErrors() ? model.problems() : ModelValidation.validate(model, simulated);
        Simulation simulation = simulated == null ? null : Simulation.of(simulated);
        context.printProblems(problems);
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
