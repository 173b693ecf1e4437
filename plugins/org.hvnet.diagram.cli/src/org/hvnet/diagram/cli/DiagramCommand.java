// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.diagram.TopologyDiagram;
import org.hvnet.diagram.export.PngRenderer;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.EstateView;
import org.hvnet.diagram.gmodel.ShowOnly;
import org.hvnet.diagram.layout.LayoutFailedException;
import org.hvnet.diagram.text.TopologyFiles;
import org.hvnet.files.FileContent;
import org.hvnet.frontend.loading.InputFiles;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.frontend.validation.ModelValidation;
import org.hvnet.model.Host;

/**
 * {@code hvnet diagram FILES -o OUT.svg [--host H] [--format svg|png] [--json]}: the laid-out diagram, headless, as
 * serve draws it (the overview above {@value EstateView#OVERVIEW_ABOVE_HOSTS} hosts; one host's detail with
 * {@code --host}); PNG through rsvg-convert.
 */
public class DiagramCommand implements Subcommand {

    private static final List<String> FORMATS = List.of("svg", "png");

    @Override
    public String name() {
        return "diagram";
    }

    @Override
    public String usage() {
        return "diagram FILES -o OUT.svg [--host H] [--format svg|png] [--json]";
    }

    @Override
    public String summary() {
        return "exports the laid-out diagram as SVG (or PNG), with validation markers";
    }

    @Override
    public String description() {
        return "Lays out the diagram of the files (a directory: every .hvnet file in it, as one model) as the diagram editor"
                + " shows it (same ELK layout and styling, shapes moved in the editor kept from FILE.hvnet.layout.json) and"
                + " writes it as SVG, with the validation markers, without a browser: the estate's overview above "
                + EstateView.OVERVIEW_ABOVE_HOSTS + " hosts, one host's detail with --host. The SVG's styles are presentation"
                + " attributes, so that every renderer draws it as the browser does; PNG goes through librsvg's rsvg-convert,"
                + " which must be installed. A file with syntax errors gives no diagram (exit 1).";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet diagram examples/article.hvnet -o article.svg", "hvnet diagram estate/ --host HV07 -o hv07.png");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.file("OUT.svg", "the SVG (or PNG) file to write (required), atomically; - for standard output", "-o", "--output"),
                CommandOption.valued("H", "draws only host H, expanded, with the networks it is cabled to", "--host"),
                CommandOption.choice(FORMATS, "the picture's format (default: png when OUT ends in .png, else svg)", "--format"),
                CommandOption.flag("prints one JSON document: {\"file\", \"files\", \"output\", \"format\", \"host\"} with the version and"
                        + " the model's diagnostics", "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.models("FILES"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> names = arguments.requirePositional(1, "FILES");
        String output = arguments.option("-o", null);
        if (output == null) {
            throw new UsageException("missing -o OUT.svg");
        }
        String format = arguments.option("--format", output.toLowerCase(Locale.ROOT).endsWith(".png") ? "png" : "svg").toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new UsageException("--format takes svg or png, not " + format);
        }
        String source = String.join(" ", names);
        LoadedModel loaded = context.load(names);
        List<SourceProblem> syntax = loaded.problems().stream().filter(p -> p.rule().equals(SourceProblem.SYNTAX)).toList();
        boolean json = arguments.flag("--json");
        if (!syntax.isEmpty() && json) {
            context.printJson(syntax, null);
            return ExitCode.MODEL_ERRORS;
        }
        if (!syntax.isEmpty()) {
            context.printProblems(syntax);
            context.err().println(source + ": no diagram: fix the syntax errors first");
            return ExitCode.MODEL_ERRORS;
        }
        String host = arguments.option("--host", null);
        EstateView view = EstateView.AUTO;
        if (host != null) {
            if (loaded.topologies().stream().flatMap(t -> t.getHosts().stream()).map(Host::getName).noneMatch(host::equals)) {
                throw new UsageException("--host " + host + ": no host of that name in " + source);
            }
            view = view.withOnly(ShowOnly.host(ElementIds.HOST_PREFIX + host));
        }
        String description = host == null ? source : "host " + host + " of " + source;
        FileContent picture;
        try {
            // the texts already read (files, or standard input), not a second read of the files
            String svg = TopologyDiagram.svg(TopologyFiles.of(readTexts(loaded), context.injector()), view, context.err()::println);
            picture = format.equals("png") ? PngRenderer.png(svg) : FileContent.utf8(svg);
        } catch (LayoutFailedException e) {
            context.err().println(description + ": no diagram: " + e.getMessage());
            return ExitCode.MODEL_ERRORS;
        } catch (IOException e) {
            context.err().println(output + ": no picture: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (!context.write(output, picture)) {
            return ExitCode.USAGE;
        }
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("file", source);
            fields.put("files", InputFiles.expand(names).stream().map(ModelInput::name).toList());
            fields.put("output", output);
            fields.put("format", format);
            fields.put("host", host);
            context.printJson(ModelValidation.validate(loaded), fields);
            return ExitCode.OK;
        }
        if (!CommandContext.isStandardOutput(output)) {
            context.err().println(output + ": diagram of " + description);
        }
        return ExitCode.OK;
    }

    /**
     * The text of every file the model was read from, in their order, each under its file (standard input under
     * {@code stdin.hvnet} of the working folder, where its layout sidecar would be).
     */
    private static List<Map.Entry<Path, String>> readTexts(LoadedModel loaded) {
        List<Map.Entry<Path, String>> texts = new ArrayList<>();
        for (Resource resource : loaded.resourceSet().getResources()) {
            if (resource instanceof XtextResource parsed && parsed.getParseResult() != null) {
                Path file = resource.getURI().isFile() ? Path.of(resource.getURI().toFileString()) : Path.of("stdin.hvnet");
                texts.add(Map.entry(file, parsed.getParseResult().getRootNode().getText()));
            }
        }
        return texts;
    }
}
