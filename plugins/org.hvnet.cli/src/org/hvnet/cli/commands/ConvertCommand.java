// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.convert.XmiFormat;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.files.BoundedInput;
import org.hvnet.files.InputLimit;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.SourceProblem;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.model.Topology;

import com.google.gson.JsonObject;

/**
 * {@code hvnet convert FILE --to xmi|hvnet [-o OUT] [--json]}: between the .hvnet language and EMF's XMI. A .hvnet
 * model with errors (any rule) is not converted: its errors are printed and the command exits 1.
 */
public class ConvertCommand implements Subcommand {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String usage() {
        return "convert FILE --to xmi|hvnet [-o OUT] [--json]";
    }

    @Override
    public String summary() {
        return "writes a .hvnet file as EMF XMI, or an XMI topology as .hvnet";
    }

    @Override
    public String description() {
        return "Writes the model of a .hvnet file in EMF's own XMI format, for EMF tools (plain EMF reads it with"
                + " plugins/org.hvnet.model/model/hvnet-dynamic.ecore), or an XMI topology back as .hvnet text. The result goes to"
                + " OUT, written atomically, or to standard output. A .hvnet model with errors is not converted: the errors are"
                + " printed and the command exits 1.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet convert examples/article.hvnet --to xmi -o article.xmi",
                "hvnet convert article.xmi --to hvnet -o article.hvnet");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.choice(List.of("xmi", "hvnet"), "the format to write: xmi (from a .hvnet file) or hvnet (from an"
                + " XMI file); required", "--to"),
                CommandOption.file("OUT", "writes the result to OUT (atomically) instead of standard output", "-o", "--output"),
                SimulationSubcommand.json("{\"output\"} or, without -o, {\"text\"}: the converted model"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.file("FILE"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILE");
        if (files.size() != 1) {
            throw new UsageException("convert takes exactly one file");
        }
        String target = arguments.option("--to", null);
        if (target == null) {
            throw new UsageException("missing --to xmi|hvnet");
        }
        boolean json = arguments.flag("--json");
        String output = arguments.option("-o", null);
        List<SourceProblem> problems = List.of();
        String text;
        try {
            if (target.equals("xmi")) {
                SimulationInput input = SimulationInput.load(context, files, false);
                problems = input.problems();
                context.printProblems(problems);
                if (input.hasErrors() || input.model().topologies().isEmpty()) {
                    context.err().println(files.get(0) + ": not converted: fix the errors first");
                    if (json) {
                        JsonOutput.print(context.out(), JsonDocuments.of(problems, null));
                    }
                    return ExitCode.MODEL_ERRORS;
                }
                text = XmiFormat.write(input.model().topologies().get(0), CommandContext.isStandardOutput(output) ? "topology.xmi" : output);
            } else {
                text = toHvnet(files.get(0), context);
            }
        } catch (IOException e) {
            context.err().println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (json) {
            boolean inline = CommandContext.isStandardOutput(output);
            if (!inline && !context.writeText(output, text)) {
                return ExitCode.USAGE;
            }
            JsonObject results = new JsonObject();
            results.addProperty(inline ? "text" : "output", inline ? text : output);
            JsonOutput.print(context.out(), JsonDocuments.of(problems, results));
            return ExitCode.OK;
        }
        if (!context.writeText(output, text)) {
            return ExitCode.USAGE;
        }
        if (!CommandContext.isStandardOutput(output)) {
            context.err().println("written to " + output);
        }
        return ExitCode.OK;
    }

    /** The .hvnet text of an XMI topology read from the file {@code name} (or standard input), within the input limit. */
    private static String toHvnet(String name, CommandContext context) throws IOException {
        byte[] bytes = ModelInput.namesStandardInput(name)
                ? BoundedInput.readStream(context.in(), ModelInput.STANDARD_INPUT_NAME, InputLimit.bytes())
                : BoundedInput.readFile(Path.of(name), name, InputLimit.bytes());
        Topology topology = XmiFormat.read(bytes, ModelInput.namesStandardInput(name) ? ModelInput.STANDARD_INPUT_NAME : name);
        return context.injector().getInstance(TopologyWriter.class).write(EcoreUtil.copy(topology));
    }
}
