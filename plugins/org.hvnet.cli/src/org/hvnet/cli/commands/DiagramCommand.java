package org.hvnet.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hvnet.cli.AtomicFiles;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.export.PngRenderer;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.ShowOnly;
import org.hvnet.diagram.layout.LayoutFailedException;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.dsl.loading.InputFiles;
import org.hvnet.dsl.loading.LoadedModel;
import org.hvnet.dsl.loading.SourceProblem;
import org.hvnet.dsl.loading.UnreadableInputException;
import org.hvnet.model.Host;

/**
 * {@code hvnet diagram FILES -o OUT.svg [--host H] [--format svg|png]}: the laid-out diagram, headless, as serve draws
 * it (the overview above {@value EstateView#OVERVIEW_ABOVE_HOSTS} hosts; one host's detail with {@code --host}); PNG
 * through rsvg-convert.
 */
public class DiagramCommand implements Subcommand {

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public String usage() {
        return "diagram FILES -o OUT.svg [--host H] [--format svg|png]";
    }

    @Override
    public String summary() {
        return "exports the laid-out diagram as SVG (or PNG), with validation markers";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("-o", "--output", "--host", "--format");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> names = arguments.requirePositional(1, "FILES");
        String output = arguments.option("-o", arguments.option("--output", null));
        if (output == null) {
            throw new UsageException("missing -o OUT.svg");
        }
        String format = arguments.option("--format", output.toLowerCase(Locale.ROOT).endsWith(".png") ? "png" : "svg").toLowerCase(Locale.ROOT);
        if (!format.equals("svg") && !format.equals("png")) {
            throw new UsageException("--format takes svg or png, not " + format);
        }
        List<Path> files = InputFiles.expand(names);
        LoadedModel loaded = context.load(names);
        List<SourceProblem> syntax = loaded.problems().stream().filter(p -> p.rule().equals(SourceProblem.SYNTAX)).toList();
        if (!syntax.isEmpty()) {
            context.printProblems(syntax);
            context.err().println(String.join(" ", names) + ": no diagram: fix the syntax errors first");
            return ExitCode.MODEL_ERRORS;
        }
        String host = arguments.option("--host", null);
        EstateView view = EstateView.AUTO;
        if (host != null) {
            if (loaded.topologies().stream().flatMap(t -> t.getHosts().stream()).map(Host::getName).noneMatch(host::equals)) {
                throw new UsageException("--host " + host + ": no host of that name in " + String.join(" ", names));
            }
            view = view.withOnly(ShowOnly.host(ElementIds.HOST_PREFIX + host));
        }
        String description = host == null ? String.join(" ", names) : "host " + host + " of " + String.join(" ", names);
        try {
            String svg = TopologyDiagram.svg(TopologyFiles.open(files, context.injector()), view, context.err()::println);
            if (format.equals("png")) {
                PngRenderer.render(svg, Path.of(output));
            } else {
                AtomicFiles.write(Path.of(output), svg);
            }
        } catch (LayoutFailedException e) {
            context.err().println(description + ": no diagram: " + e.getMessage());
            return ExitCode.MODEL_ERRORS;
        } catch (IOException e) {
            context.err().println(output + ": cannot write the diagram (" + e.getMessage() + ")");
            return ExitCode.USAGE;
        }
        context.err().println(output + ": diagram of " + description);
        return ExitCode.OK;
    }
}
