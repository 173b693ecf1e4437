// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.DiffJson;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.text.DiffText;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.model.Host;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.diff.DiagnosticChanges;
import org.hvnet.simulation.diff.ModelDifference;

/**
 * {@code hvnet diff OLD NEW} and {@code hvnet diff FILE --install}: what a change does to the network — elements
 * added, removed and changed, addresses changed, reachability gained and lost (T-8), diagnostics new and fixed,
 * expectations flipped. Exits 0 when nothing differs, 1 when something does, 2 when an input cannot be compared.
 */
public class DiffCommand implements Subcommand {

    private static final int DEFAULT_LIMIT = 20;

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String usage() {
        return "diff OLD NEW | FILE --install [--limit N] [--json]";
    }

    @Override
    public String summary() {
        return "what a change does to the network: elements, addresses, reachability, diagnostics and expectations";
    }

    @Override
    public String description() {
        return "Compares two versions of a model, each a file, a folder or git:REV:PATH (read from git, the worktree left"
                + " as it is), or with --install a file before and after its planned installs. Elements are matched by"
                + " qualified name (a rename is a removal and an addition). Reports the elements added, removed and changed"
                + " (with what changed), the interfaces whose address changed, the ordered pairs of endpoints that gained or"
                + " lost reachability (counted from the classes of both versions, the first --limit pairs listed, each"
                + " confirmed by a trace in both), the diagnostics that are new or fixed, and the expect lines that flipped"
                + " between PASS and FAIL. Exits 0 when nothing differs, 1 when something does.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet diff lab.hvnet lab-moved.hvnet",
                "hvnet diff git:HEAD~1:lab.hvnet lab.hvnet      # what the uncommitted edit does",
                "hvnet diff git:main:labs git:feature:labs      # two branches' folders",
                "hvnet diff examples/article.hvnet --install    # what installing Hyper-V does",
                "hvnet diff old.hvnet new.hvnet --json --limit 100");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("compares FILE before and after its planned installs", "--install"),
                CommandOption.valued("N", "how many changed pairs of endpoints to list (default 20; the counts are always complete)",
                        "--limit"),
                CommandOption.flag("prints one JSON document: {\"elements\":{added, removed, changed}, \"addresses\":[...],"
                        + " \"reach\":{gained, lost, pairs}, \"diagnostics\":{new, fixed}, \"expectations\":[...]}, with the version",
                        "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.models("OLD"), Operand.models("NEW"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        boolean install = arguments.flag("--install");
        List<String> inputs = arguments.positional();
        if (inputs.size() != (install ? 1 : 2)) {
            throw new UsageException(install ? "diff --install takes one FILE" : "diff takes two models, OLD and NEW");
        }
        int limit = limit(arguments.option("--limit", String.valueOf(DEFAULT_LIMIT)));
        List<ModelVersion> versions = install ? List.of(ModelVersion.load(context, inputs.get(0), false))
                : VersionLoading.both(context, inputs.get(0), inputs.get(1));
        try {
            for (ModelVersion version : versions) {
                if (!version.input().simulated()) {
                    context.printProblems(version.problems());
                    context.err().println(version.argument() + ": cannot be compared: it has syntax or link errors");
                    return ExitCode.USAGE;
                }
            }
            context.progress().phase("comparing the versions");
            Comparison comparison = install ? installed(versions.get(0), limit) : between(versions.get(0), versions.get(1), limit);
            context.progress().done();
            if (arguments.flag("--json")) {
                JsonOutput.print(context.out(), DiffJson.document(comparison.difference(), comparison.diagnostics()));
            } else {
                DiffText.print(context.out(), comparison.difference(), comparison.diagnostics());
                context.out().flush();
            }
            return comparison.isEmpty() ? ExitCode.OK : ExitCode.MODEL_ERRORS;
        } finally {
            versions.forEach(ModelVersion::close);
        }
    }

    private static int limit(String text) throws UsageException {
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--limit takes a whole number of pairs, 0 or more, not '" + text + "'");
    }

    private record Comparison(ModelDifference difference, DiagnosticChanges<SourceProblem> diagnostics) {
        boolean isEmpty() {
            return difference.isEmpty() && diagnostics.isEmpty();
        }
    }

    private static Comparison between(ModelVersion older, ModelVersion newer, int limit) {
        ModelDifference difference = ModelDifference.between(older.comparable(), newer.comparable(), limit);
        return new Comparison(difference, DiagnosticChanges.between(older.problems(), newer.problems(), DiffCommand::identity));
    }

    /** Before: a copy without its planned installs; after: the model as simulated (installs applied). */
    private static Comparison installed(ModelVersion version, int limit) {
        Simulation after = version.input().simulation();
        Collection<Topology> copies = EcoreUtil.copyAll(version.input().model().topologies());
        copies.forEach(topology -> topology.getHosts().forEach(DiffCommand::removeInstall));
        Simulation before = Simulation.of(copies);
        ModelDifference difference = ModelDifference.between(before.model().topologies(), before, after.model().topologies(), after, limit);
        return new Comparison(difference, new DiagnosticChanges<>(List.of(), List.of())); // one file: the same diagnostics
    }

    private static void removeInstall(Host host) {
        host.setInstall(null);
    }

    /** What makes two diagnostics the same across versions: not where they are, but what and on which element. */
    private static String identity(SourceProblem problem) {
        return problem.severity() + "|" + problem.rule() + "|" + problem.element() + "|" + problem.message();
    }
}
