// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.diagram.gmodel.ChangeBaseline;
import org.hvnet.diagram.server.DiagramServer;
import org.hvnet.files.AtomicFileWriter;
import org.hvnet.frontend.loading.InputFiles;
import org.hvnet.frontend.loading.ModelInput;
import org.hvnet.frontend.loading.UnreadableInputException;

/**
 * {@code hvnet serve FILES [--port N] [--json]}: the web diagram editor of the files (one diagram), on 127.0.0.1 only, until
 * stopped; with {@code --changes OLD NEW}, the editor of NEW with a changes layer marking what differs from OLD.
 */
public class ServeCommand implements Subcommand {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "serve FILES | --changes OLD NEW [--port N] [--json]";
    }

    @Override
    public String summary() {
        return "serves the diagram editor on 127.0.0.1 (port 0 = any free port) and prints its URL";
    }

    @Override
    public String description() {
        return "Serves the diagram editor of the files in the browser, on 127.0.0.1 only, until stopped (Ctrl+C). The files (a"
                + " directory: every .hvnet file in it) are one diagram: a name declared in one file resolves from the others."
                + " A model of more than " + org.hvnet.diagram.gmodel.EstateView.OVERVIEW_ABOVE_HOSTS + " hosts opens as the"
                + " estate's overview, whose hosts expand in place. Prints its address with the secret token of this run: open"
                + " that address. Every edit made in the diagram is saved into the .hvnet file it changes at once, so the files"
                + " must be writable. With --changes OLD NEW (each a file or a folder) it serves NEW with a changes layer,"
                + " shown at first and toggled like the other layers, that compares it with OLD as hvnet diff does: elements"
                + " added and changed are outlined, interfaces whose address changed are marked with the old and new address,"
                + " and a panel below the diagram lists the counts, the elements removed (which NEW cannot draw), the"
                + " reachability gained and lost and the expect lines that flipped. OLD is only read; edits to NEW update"
                + " the layer.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet serve examples/article.hvnet", "hvnet serve labs/ --port 8080",
                "hvnet serve --changes lab.hvnet lab-moved.hvnet     # what the edit changed, on the diagram");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("compares NEW, the one model served, with OLD, read only: the changes layer", "--changes"),
                CommandOption.valued("N", "the port on 127.0.0.1 (0, the default: any free port)", "--port"),
                CommandOption.flag("prints one JSON document when the server is up: {\"url\", \"files\"} with the version", "--json"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> names = arguments.requirePositional(1, "FILES");
        ChangeBaseline baseline = null;
        if (arguments.flag("--changes")) {
            if (names.size() != 2) {
                throw new UsageException("serve --changes takes two models, OLD and NEW");
            }
            baseline = baseline(names.get(0), context);
            if (baseline == null) {
                return ExitCode.USAGE;
            }
            names = names.subList(1, 2);
        }
        int port;
        try {
            port = Integer.parseInt(arguments.option("--port", "0"));
        } catch (NumberFormatException e) {
            throw new UsageException("--port takes a number");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be between 0 and 65535");
        }
        List<Path> files = new ArrayList<>();
        for (ModelInput input : InputFiles.expand(names)) {
            if (input.standardInput()) {
                throw new UsageException("serve saves every edit into its files: name them (standard input cannot be served)");
            }
            if (!Files.isRegularFile(input.file())) {
                context.err().println(input.name() + ": not a regular file: the diagram saves every edit into the file");
                return ExitCode.USAGE;
            }
            try {
                AtomicFileWriter.checkWritable(input.file());
            } catch (IOException e) {
                context.err().println(e.getMessage() + " (the diagram saves every edit into the file)");
                return ExitCode.USAGE;
            }
            files.add(input.file());
        }
        DiagramServer server;
        try {
            server = DiagramServer.start(files, baseline, context.injector(), port);
        } catch (Exception e) {
            context.err().println("hvnet serve: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")");
            return ExitCode.USAGE;
        }
        if (arguments.flag("--json")) {
            context.printJson(List.of(), Map.of("url", server.url(), "files", files.stream().map(Path::toString).toList()));
        } else {
            context.out().println(server.url());
        }
        context.out().flush();
        context.err().println("hvnet serve: " + files.size() + " file(s) at " + server.url()
                + (baseline == null ? "" : ", changes since " + baseline.name()) + " (Ctrl+C stops)");
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /** The older version to compare with, loaded and simulated; null (its problems printed) when it cannot be compared. */
    private static ChangeBaseline baseline(String old, CommandContext context) throws UnreadableInputException {
        SimulationInput input = SimulationInput.load(context, List.of(old));
        context.progress().done();
        if (!input.simulated()) {
            context.printProblems(input.problems());
            context.err().println(old + ": cannot be compared: it has syntax or link errors");
            return null;
        }
        return new ChangeBaseline(old, input.model().topologies(), input.simulation());
    }
}
