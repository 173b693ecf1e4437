// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.cli;

import java.nio.file.Path;
import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonDocuments;
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
    public String description() {
        return "Reads the inventory of each host (the JSON document, or the directory of <cmdlet>.json files, that the collector"
                + " script Get-HvnetInventory.ps1 writes on a Hyper-V host) and builds one topology of them all: hosts, NICs,"
                + " switches, host vNICs, VMs, VLANs, ACLs and NAT, the networks their addresses show, and the addresses the hosts"
                + " observed as expect lines, so that hvnet check tells whether the model reproduces them. It is written as"
                + " formatted .hvnet to OUT (atomically) or to standard output. What the model cannot carry is a warning on standard"
                + " error; one unreadable inventory fails the whole import (exit 2) and nothing is written.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet import HV01.json -o lab.hvnet",
                "hvnet import HV-A.json HV-B.json inventories/HV-C -o estate.hvnet   # three hosts, one topology",
                "hvnet import HV01.json --json          # the topology's text, the warnings and each host as JSON");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.file("OUT.hvnet", "writes the topology to OUT.hvnet (atomically) instead of standard output; its"
                + " name names the topology", "-o", "--output"),
                CommandOption.flag("prints one JSON document: {\"topology\", \"warnings\", \"hosts\"} with the output file or, without"
                        + " -o, the topology's text, and the version and (empty) diagnostics", "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.file("INVENTORY"));
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
        boolean inline = CommandContext.isStandardOutput(output);
        if ((!inline || !json) && !context.writeText(output, text)) {
            return ExitCode.USAGE;
        }
        if (json) {
            JsonObject results = ImportJson.results(result);
            results.addProperty(inline ? "text" : "output", inline ? text : output);
            JsonOutput.print(context.out(), JsonDocuments.of(List.of(), results));
        } else if (!inline) {
            context.err().println(output + ": " + result.hosts().size() + " host(s) imported, " + result.warnings().size() + " warning(s)");
        }
        return ExitCode.OK;
    }
}
