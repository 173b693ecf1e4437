package org.hvnet.cli.commands;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.cli.json.InstallJson;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.analysis.install.InstallReport;
import org.hvnet.analysis.install.InstallReportText;
import org.hvnet.analysis.install.InstallResult;
import org.hvnet.analysis.install.InstallTransformation;

import com.google.gson.JsonObject;

/**
 * {@code hvnet install FILE --host H [--nic N]... [-o OUT] [--json]}: applies the I-rules to one host and writes
 * the post-install topology as .hvnet (to OUT, atomically, or to stdout) with its change report.
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
    public Set<String> valuedOptions() {
        return Set.of("--host", "--nic", "-o");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
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
        LoadedModel model = context.load(files);
        context.printProblems(model.problems());
        if (model.hasErrors() || model.topologies().isEmpty()) {
            return ExitCode.MODEL_ERRORS;
        }
        InstallResult result;
        try {
            result = InstallTransformation.applyTo(model.topologies(), host, arguments.options("--nic"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        InstallReport report = result.reports().get(0);
        String text = context.injector().getInstance(TopologyWriter.class).write(result.topologies().get(0));
        String out = arguments.option("-o", null);
        if (CommandContext.isStandardOutput(out)) {
            out = null;
        } else if (!context.writeText(out, text)) {
            return ExitCode.USAGE;
        }
        if (arguments.flag("--json")) {
            JsonObject json = InstallJson.document(report);
            if (out == null) {
                json.addProperty("topology", text);
            } else {
                json.addProperty("output", out);
            }
            JsonOutput.print(context.out(), json);
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
