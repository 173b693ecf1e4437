package org.hvnet.interop.cli;

import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.interop.export.ExportResult;
import org.hvnet.interop.export.HostExport;

/**
 * {@code hvnet export FILES --host H --to powershell|inventory [-o OUT]}: host H of the model as the PowerShell script
 * that makes its virtual network, or as the JSON inventory such a host would report; to OUT (atomically) or standard
 * output. What the output cannot carry is a warning on standard error.
 */
public class ExportCommand implements Subcommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export FILES --host H --to powershell|inventory [-o OUT]";
    }

    @Override
    public String summary() {
        return "writes host H as a PowerShell script that makes its virtual network, or as the inventory it would report";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--host", "--to", "-o");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        String host = arguments.option("--host", null);
        String to = arguments.option("--to", null);
        if (host == null) {
            throw new UsageException("missing --host H");
        }
        if (to == null || !(to.equals("powershell") || to.equals("inventory"))) {
            throw new UsageException(to == null ? "missing --to powershell|inventory" : "unknown --to " + to + ": powershell or inventory");
        }
        LoadedModel model = context.load(files);
        context.printProblems(model.problems());
        if (model.hasErrors() || model.topologies().isEmpty()) {
            context.err().println("nothing exported: fix the errors first");
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
        return context.writeText(arguments.option("-o", null), result.text()) ? ExitCode.OK : ExitCode.USAGE;
    }
}
