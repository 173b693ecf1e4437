package org.hvnet.interop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.dsl.formatting2.TopologyWriter;
import org.hvnet.interop.hostimport.HostImport;
import org.hvnet.interop.hostimport.ImportResult;
import org.hvnet.interop.inventory.InventoryProblem;

import com.google.gson.JsonObject;

/**
 * {@code hvnet import INVENTORY... [-o OUT.hvnet] [--json]}: one topology from the inventories of real hosts, written
 * as formatted .hvnet (to OUT, atomically, or to standard output). Every warning goes to standard error as
 * {@code FILE: warning: MESSAGE}; one unreadable inventory fails the import with exit 2 and writes nothing.
 */
public class ImportCommand implements Subcommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import INVENTORY... [-o OUT.hvnet] [--json]";
    }

    @Override
    public String summary() {
        return "builds a topology from the inventories of real hosts (files or directories the collector wrote)";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("-o");
    }

    @Override
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        List<String> inventories = arguments.requirePositional(1, "INVENTORY");
        String output = arguments.option("-o", null);
        ImportResult result = HostImport.of(inventories.stream().map(Path::of).toList(), TopologyNames.of(output));
        for (InventoryProblem problem : result.problems()) {
            context.err().println(problem);
        }
        if (result.hasErrors()) {
            context.err().println("nothing imported: " + result.errors().size() + " error(s) in the inventories");
            return ExitCode.USAGE;
        }
        String text = context.injector().getInstance(TopologyWriter.class).write(result.topology());
        boolean json = arguments.flag("--json");
        if ((output != null || !json) && !context.writeText(output, text)) {
            return ExitCode.USAGE;
        }
        if (json) {
            JsonObject document = ImportJson.document(result);
            if (output == null) {
                document.addProperty("text", text);
            } else {
                document.addProperty("output", output);
            }
            JsonOutput.print(context.out(), document);
        } else if (output != null) {
            context.err().println(output + ": " + result.hosts().size() + " host(s) imported, " + result.warnings().size() + " warning(s)");
        }
        return ExitCode.OK;
    }
}
