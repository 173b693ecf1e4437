// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallReportText;
import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.InstallJson;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.UnreadableInputException;

import com.google.gson.JsonObject;

/**
 * {@code hvnet install FILE --host H [--nic N]... [-o OUT] [--json]}: applies the I-rules to one host and writes
 * the post-install topology as .hvnet (to OUT, atomically, or to stdout) with its change report. A model with errors
 * (any rule) is not installed: its errors are printed and the command exits 1.
 */
public class InstallCommand implements Subcommand {

    @Override
    public String name() {
        return "install";
    }

    @Override
    public String usage() {
        return "install FILE --host H [--nic N]... [-o OUT] [--json]";
    }

    @Override
    public String summary() {
        return "applies the planned install of host H (rules I-1..I-5) and writes the resulting topology";
    }

    @Override
    public String description() {
        return "Applies the Hyper-V role install (or the hosted product's) to host H as the I-rules say, with the NICs of its"
                + " install line or those given with --nic, and writes the post-install topology as .hvnet: to OUT, written"
                + " atomically, or to standard output with the change report on standard error. The report lists what is created,"
                + " which bindings move and which settings are lost. A model with errors is not installed: the errors are printed"
                + " and the command exits 1.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet install examples/article.hvnet --host HV01 -o installed.hvnet",
                "hvnet install lab.hvnet --host HV02 --nic \"Local Area Connection\" --json");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.valued("H", "the host to install (required)", "--host"),
                CommandOption.valued("N", "a physical NIC the install uses (repeatable); by default those of the host's install line",
                        "--nic"),
                CommandOption.file("OUT", "writes the post-install topology to OUT (atomically) instead of standard output", "-o",
                        "--output"),
                SimulationSubcommand.json("the change report {\"host\", \"changed\", \"created\", \"unbound\", \"lost\"}, with the"
                        + " topology's text (or the output file)"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.models("FILE"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILE");
        if (files.size() != 1 || !ModelInput.namesStandardInput(files.get(0)) && Files.isDirectory(Path.of(files.get(0)))) {
            throw new UsageException("install takes exactly one file");
        }
        String host = arguments.option("--host", null);
        if (host == null) {
            throw new UsageException("missing --host H");
        }
        boolean json = arguments.flag("--json");
        LoadedModel model = context.load(files);
        InstallOutput output = InstallOutput.start(context, model, host, arguments.options("--nic"));
        SimulationInput input = SimulationInput.of(context, model, false);
        context.printProblems(input.problems());
        if (input.hasErrors() || input.model().topologies().isEmpty()) {
            context.err().println(files.get(0) + ": not installed: fix the errors first");
            if (json) {
                JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), null));
            }
            return ExitCode.MODEL_ERRORS;
        }
        InstallReport report = output.result().reports().get(0);
        String text = output.text();
        String out = arguments.option("-o", null);
        if (CommandContext.isStandardOutput(out)) {
            out = null;
        } else if (!context.writeText(out, text)) {
            return ExitCode.USAGE;
        }
        if (json) {
            JsonObject results = InstallJson.document(report);
            if (out == null) {
                results.addProperty("topology", text);
            } else {
                results.addProperty("output", out);
            }
            JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), results));
        } else {
            PrintStream reportStream = out == null ? context.err() : context.out();
            if (out == null) {
                context.out().print(text);
            }
            InstallReportText.lines(report).forEach(reportStream::println);
            if (out != null) {
                reportStream.println("written to " + out);
            }
        }
        return ExitCode.OK;
    }
}
