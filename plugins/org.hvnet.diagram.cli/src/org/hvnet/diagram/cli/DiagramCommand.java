package org.hvnet.diagram.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.layout.LayoutFailedException;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.frontend.validation.ModelValidation;

/** {@code hvnet diagram FILE -o OUT.svg [--json]}: the laid-out diagram as SVG, headless (same layout and styling as serve). */
public class DiagramCommand implements Subcommand {

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public String usage() {
        return "diagram FILE -o OUT.svg [--json]";
    }

    @Override
    public String summary() {
        return "exports the laid-out diagram as SVG, with validation markers";
    }

    @Override
    public String description() {
        return "Lays out the diagram of one .hvnet file as the diagram editor shows it (same ELK layout and styling, shapes"
                + " moved in the editor kept from FILE.hvnet.layout.json) and writes it as SVG, with the validation markers, without"
                + " a browser. A file with syntax errors gives no diagram (exit 1).";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet diagram examples/article.hvnet -o article.svg");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.file("OUT.svg", "the SVG file to write (required), atomically", "-o", "--output"),
                CommandOption.flag("prints one JSON document: {\"file\", \"output\"} with the version and the model's diagnostics",
                        "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.models("FILE"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILE");
        String output = arguments.option("-o", null);
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
        boolean json = arguments.flag("--json");
        if (!syntax.isEmpty() && json) {
            context.printJson(syntax, null);
            return ExitCode.MODEL_ERRORS;
        }
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
        String source = standardInput ? ModelInput.STANDARD_INPUT_NAME : file.toString();
        if (json) {
            context.printJson(ModelValidation.validate(loaded), Map.of("file", source, "output", output));
            return ExitCode.OK;
        }
        if (!CommandContext.isStandardOutput(output)) {
            context.err().println(output + ": diagram of " + source);
        }
        return ExitCode.OK;
    }
}
