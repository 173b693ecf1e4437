// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.cli;

import java.util.List;
import java.util.Map;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.interop.export.ExportResult;
import org.hvnet.interop.export.HostExport;

/**
 * {@code hvnet export FILES --host H --to powershell|inventory [-o OUT] [--json]}: host H of the model as the PowerShell
 * script that makes its virtual network, or as the JSON inventory such a host would report; to OUT (atomically) or
 * standard output. What the output cannot carry is a warning on standard error (and in the {@code --json} document).
 */
public class ExportCommand implements Subcommand {

    private static final List<String> TARGETS = List.of("powershell", "inventory");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILES --host H --to powershell|inventory [-o OUT] [--json]";
    }

    @Override
    public String summary() {
        return "writes host H as a PowerShell script that makes its virtual network, or as the inventory it would report";
    }

    @Override
    public String description() {
        return "Takes Hyper-V host H of the model as the simulation sees it (planned installs applied, implied host vNICs"
                + " written out) and writes it --to powershell: a script that makes its virtual network on the real host"
                + " (idempotent, -WhatIf supported, refusing a host whose physical NICs are not the model's); or --to inventory:"
                + " the JSON inventory such a host would report, which hvnet import reads back into the same model. The result"
                + " goes to OUT, written atomically, or to standard output; what it cannot carry is a warning on standard error."
                + " A model with errors is not exported (exit 1).";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet export estate.hvnet --host HV02 --to powershell -o HV02.ps1",
                "hvnet export examples/nat-switch.hvnet --host HV16 --to inventory -o HV16.json   # what the host would report");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.valued("H", "the Hyper-V host to export (required)", "--host"),
                CommandOption.choice(TARGETS, "what to write: powershell (a script that makes the host's virtual network) or"
                        + " inventory (the JSON the collector would write on it); required", "--to"),
                CommandOption.file("OUT", "writes the script or inventory to OUT (atomically) instead of standard output", "-o", "--output"),
                CommandOption.flag("prints one JSON document: {\"host\", \"to\", \"warnings\"} with the output file or, without -o,"
                        + " the text written, and the version and the model's diagnostics", "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.models("FILES"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        String host = arguments.option("--host", null);
        String to = arguments.option("--to", null);
        if (host == null) {
            throw new UsageException("missing --host H");
        }
        if (to == null || !TARGETS.contains(to)) {
            throw new UsageException(to == null ? "missing --to powershell|inventory" : "unknown --to " + to + ": powershell or inventory");
        }
        boolean json = arguments.flag("--json");
        LoadedModel model = context.load(files);
        context.printProblems(model.problems());
        if (model.hasErrors() || model.topologies().isEmpty()) {
            context.err().println("nothing exported: fix the errors first");
            if (json) {
                context.printJson(model.problems(), null);
            }
            return ExitCode.MODEL_ERRORS;
        }
        ExportResult result;
        try {
            result = to.equals("powershell") ? HostExport.powerShell(model.topologies(), host, String.join(", ", files))
                    : HostExport.inventory(model.topologies(), host);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (String warning : result.warnings()) {
            context.err().println(files.get(0) + ": warning: " + warning);
        }
        String output = arguments.option("-o", null);
        boolean inline = CommandContext.isStandardOutput(output);
        if ((!inline || !json) && !context.writeText(output, result.text())) {
            return ExitCode.USAGE;
        }
        if (json) {
            context.printJson(model.problems(), Map.of("host", host, "to", to, "warnings", result.warnings(),
                    inline ? "text" : "output", inline ? result.text() : output));
        }
        return ExitCode.OK;
    }
}
