// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandContext;
import org.hvnet.cli.SimulationInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.simulation.diff.ModelDifference;

/**
 * One version that {@code hvnet diff} compares: a file or folder as given, or {@code git:REV:PATH} read from git into
 * a temporary folder (deleted by {@link #close()}), loaded, validated and simulated; its problems name the argument.
 * When asked, it is also prepared for the comparison of its written elements ({@code comparable}, null when it does
 * not simulate).
 */
record ModelVersion(String argument, SimulationInput input, List<SourceProblem> problems, GitRevisionFiles revision,
        ModelDifference.Version comparable) implements AutoCloseable {

    /** Loads one argument of {@code hvnet diff}, prepared for the comparison of its written elements when {@code prepare}. */
    static ModelVersion load(CommandContext context, String argument, boolean prepare) throws UnreadableInputException {
        if (!argument.startsWith(GitRevisionFiles.PREFIX)) {
            SimulationInput input = SimulationInput.load(context, List.of(argument));
            return new ModelVersion(argument, input, input.problems(), null, prepared(input, prepare));
        }
        GitRevisionFiles revision = GitRevisionFiles.read(argument);
        try {
            SimulationInput input = SimulationInput.load(context, List.of(revision.path()));
            List<SourceProblem> problems = input.problems().stream()
                    .map(p -> new SourceProblem(p.severity(), p.rule(), p.element(), revision.relabel(p.file()), p.line(), p.column(),
                            revision.relabel(p.message())))
                    .toList();
            return new ModelVersion(argument, input, problems, revision, prepared(input, prepare));
        } catch (UnreadableInputException | RuntimeException e) {
            revision.close();
            throw e;
        }
    }

    private static ModelDifference.Version prepared(SimulationInput input, boolean prepare) {
        return prepare && input.simulated() ? ModelDifference.Version.of(input.model().topologies(), input.simulation()) : null;
    }

    @Override
    public void close() {
        if (revision != null) {
            revision.close();
        }
    }
}
