package org.hvnet.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.convert.XmiFormat;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.files.BoundedInput;
import org.hvnet.files.InputLimit;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.model.Topology;

/** {@code hvnet convert FILE --to xmi|hvnet [-o OUT]}: between the .hvnet language and EMF's XMI. */
public class ConvertCommand implements Subcommand {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String usage() {
        return "convert FILE --to xmi|hvnet [-o OUT]";
    }

    @Override
    public String summary() {
        return "writes a .hvnet file as EMF XMI, or an XMI topology as .hvnet";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--to", "-o");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILE");
        if (files.size() != 1) {
            throw new UsageException("convert takes exactly one file");
        }
        String target = arguments.option("--to", null);
        if (!"xmi".equals(target) && !"hvnet".equals(target)) {
            throw new UsageException(target == null ? "missing --to xmi|hvnet" : "unknown target format '" + target + "': use xmi or hvnet");
        }
        String output = arguments.option("-o", null);
        String text;
        try {
            text = target.equals("xmi") ? toXmi(files, output, context) : toHvnet(files.get(0), context);
        } catch (IOException e) {
            context.err().println(e.getMessage());
            return ExitCode.USAGE;
        }
        if (text == null) {
            return ExitCode.MODEL_ERRORS;
        }
        if (!context.writeText(output, text)) {
            return ExitCode.USAGE;
        }
        if (!CommandContext.isStandardOutput(output)) {
            context.err().println("written to " + output);
        }
        return ExitCode.OK;
    }

    /** The XMI of a .hvnet file, or null (after printing them) when it has errors. */
    private static String toXmi(List<String> files, String output, CommandContext context) throws UnreadableInputException, IOException {
        LoadedModel model = context.load(files);
        if (model.hasErrors()) {
            context.printProblems(model.problems());
            context.err().println(files.get(0) + ": not converted: fix the errors first");
            return null;
        }
        return XmiFormat.write(model.topologies().get(0), CommandContext.isStandardOutput(output) ? "topology.xmi" : output);
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
