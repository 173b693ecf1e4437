package org.hvnet.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hvnet.dsl.loading.ElementNames;
import org.hvnet.dsl.loading.LoadedModel;
import org.hvnet.dsl.loading.Severity;
import org.hvnet.dsl.loading.SourceLocation;
import org.hvnet.dsl.loading.SourceProblem;
import org.hvnet.dsl.loading.UnreadableInputException;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.names.UnresolvedInterfaceNames;
import org.hvnet.simulation.names.UnresolvedName;

/**
 * The input of the simulation subcommands: the loaded files, their problems (syntax, link, and interface names
 * found neither in the file nor in the simulated model, rule {@code link}), and the simulation when the files
 * parse and link.
 */
public record SimulationInput(LoadedModel model, List<SourceProblem> problems, Simulation simulation) {

    /** Loads the files, prints every problem on standard error and simulates when nothing blocks it. */
    public static SimulationInput load(CommandContext context, List<String> files) throws UnreadableInputException {
        LoadedModel model = context.load(files);
        List<SourceProblem> problems = new ArrayList<>(model.problems());
        Simulation simulation = null;
        if (!model.hasErrors()) {
            simulation = Simulation.of(model.topologies());
            for (UnresolvedName name : UnresolvedInterfaceNames.of(simulation.model())) {
                SourceLocation at = model.locator().locate(name.element(), name.feature(), name.index());
                problems.add(new SourceProblem(Severity.ERROR, SourceProblem.LINK, ElementNames.qualifiedName(name.element()), at.file(),
                        at.line(), at.column(), name.message()));
            }
            Collections.sort(problems);
        }
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
