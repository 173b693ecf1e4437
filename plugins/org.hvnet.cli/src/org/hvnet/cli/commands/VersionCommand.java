// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.HvnetVersion;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;

import com.google.gson.JsonObject;

/** {@code hvnet version [--json]} (also {@code hvnet --version}): the command's version, its build and the Java runtime. */
public class VersionCommand implements Subcommand {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String usage() {
        return "version [--json]";
    }

    @Override
    public String summary() {
        return "prints the version of hvnet (also: hvnet --version)";
    }

    @Override
    public String description() {
        return "Prints the version of hvnet, its build and the Java runtime it runs on, as 'hvnet --version' does. Every JSON"
                + " document of the command carries the version too, in its 'version' field.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet version", "hvnet version --json", "hvnet --version");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("prints one JSON document: {\"version\", \"build\", \"java\"}", "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of();
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("version takes no arguments");
        }
        if (arguments.flag("--json")) {
            JsonObject results = new JsonObject();
            results.addProperty("build", HvnetVersion.build());
            results.addProperty("java", Runtime.version().toString());
            JsonOutput.print(context.out(), JsonDocuments.of(List.of(), results));
        } else {
            context.out().println(HvnetVersion.line());
        }
        return ExitCode.OK;
    }
}
