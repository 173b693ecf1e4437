package org.hvnet.diagram.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.layout.LayoutFailedException;
import org.hvnet.diagram.text.TopologyDocument;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;

/** {@code hvnet diagram FILE -o OUT.svg}: the laid-out diagram as SVG, headless (same layout and styling as serve). */
public class DiagramCommand implements Subcommand {

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public String usage() {
        return "diagram FILE -o OUT.svg";
    }

    @Override
    public String summary() {
        return "exports the laid-out diagram as SVG, with validation markers";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("-o", "--output");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILE");
        String output = arguments.option("-o", arguments.option("--output", null));
        if (files.size() != 1) {
            throw new UsageException("diagram takes exactly one file");
        }
        if (output == null) {
            throw new UsageException("missing -o OUT.svg");
        }
        boolean standardInput = ModelInput.namesStandardInput(files.get(0));
        Path file = standardInput ? Path.of(ModelInput.STANDARD_INPUT_NAME.replaceAll("[<>]", "") + ".hvnet") : Path.of(files.get(0));
        if (!standardInput && Files.isDirectory(file)) {
            throw new UsageException(file + " is a directory: diagram takes one file");
        }
        LoadedModel loaded = context.load(files);
        List<SourceProblem> syntax = loaded.problems().stream().filter(p -> p.rule().equals(SourceProblem.SYNTAX)).toList();
        if (!syntax.isEmpty()) {
            context.printProblems(syntax);
            context.err().println(file + ": no diagram: fix the syntax errors first");
            return ExitCode.MODEL_ERRORS;
        }
        String svg;
        try {
            // the text already read (a file, or standard input), not a second read of the file
            String text = NodeModelUtils.getNode(loaded.topologies().get(0)).getRootNode().getText();
            svg = TopologyDiagram.svg(TopologyDocument.of(file, text, context.injector()), context.err()::println);
        } catch (LayoutFailedException e) {
            context.err().println(files.get(0) + ": no diagram: " + e.getMessage());
            return ExitCode.MODEL_ERRORS;
        }
        if (!context.writeText(output, svg)) {
            return ExitCode.USAGE;
        }
        if (!CommandContext.isStandardOutput(output)) {
            context.err().println(output + ": diagram of " + (standardInput ? ModelInput.STANDARD_INPUT_NAME : file));
        }
        return ExitCode.OK;
    }
}
