// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

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
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TodaysShares;
import org.hvnet.generator.TopologyGenerator;

import com.google.gson.JsonObject;

/**
 * {@code hvnet generate --hosts N --vms-per-host M [--seed S] [--vlan-share P] [--nat-share P] [--set-share P]
 * [--acl-share P] [-o FILE] [--json]}: a realistic topology of any size, with a share of hosts using today's Hyper-V.
 */
public class GenerateCommand implements Subcommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --hosts N --vms-per-host M [--seed S] [--vlan-share P] [--nat-share P] [--set-share P] [--acl-share P]"
                + " [-o FILE] [--json]";
    }

    @Override
    public String summary() {
        return "writes a deterministic data-centre topology (for trials and benchmarks)";
    }

    @Override
    public String description() {
        return "Writes a deterministic, realistic data-centre topology of any size, for trials and benchmarks: N hosts with"
                + " external, internal and private switches and M VMs each, physical networks with routers and DHCP servers."
                + " The shares make that percentage of the hosts (each drawn on its own) Windows Server 2016+ hosts with VLAN"
                + " tenants, WinNAT, a Switch Embedded Team or port ACLs; they default to 0, the classic data centre."
                + " The same options and seed always give the same text.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet generate --hosts 2000 --vms-per-host 20 -o datacentre.hvnet",
                "hvnet generate --hosts 3 --vms-per-host 2 --seed 7",
                "hvnet generate --hosts 2000 --vms-per-host 20 --vlan-share 30 --nat-share 10 --set-share 20 --acl-share 20 -o today.hvnet");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.valued("N", "how many hosts (required)", "--hosts"),
                CommandOption.valued("M", "how many VMs on each host (required)", "--vms-per-host"),
                CommandOption.valued("S", "the seed of the choices made (default 1)", "--seed"),
                CommandOption.valued("P", "percentage of hosts with VLAN tenants: the uplink also carries two tenant networks on VLANs"
                        + " 101 and 102, and the VMs that lease on the external switch lease on a tenant VLAN (default 0)", "--vlan-share"),
                CommandOption.valued("P", "percentage of hosts whose internal Lab switch is behind WinNAT (a netnat with a static"
                        + " mapping) instead of RRAS NAT (default 0)", "--nat-share"),
                CommandOption.valued("P", "percentage of hosts whose external switch is a Switch Embedded Team of two NICs (default 0)",
                        "--set-share"),
                CommandOption.valued("P", "percentage of hosts whose VMs have port ACLs (no internet out of the front end, a back end"
                        + " that admits only the application server) and DHCP and router guards (default 0)", "--acl-share"),
                CommandOption.file("FILE", "writes the topology to FILE (atomically) instead of standard output", "-o", "--output"),
                CommandOption.flag("prints one JSON document: {\"version\", \"hosts\", \"vms\", \"bytes\"} and {\"output\"} or, without"
                        + " -o, {\"text\"}", "--json"));
    }

    @Override
    public List<Operand> operands() {
        return List.of();
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        GeneratorSettings settings;
        try {
            TodaysShares shares = new TodaysShares(number(arguments, "--vlan-share", 0), number(arguments, "--nat-share", 0),
                    number(arguments, "--set-share", 0), number(arguments, "--acl-share", 0));
            settings = new GeneratorSettings(number(arguments, "--hosts", null), number(arguments, "--vms-per-host", null),
                    number(arguments, "--seed", 1), shares);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String text = TopologyGenerator.generate(settings);
        String output = arguments.option("-o", null);
        if (arguments.flag("--json")) {
            if (output != null && !context.writeText(output, text)) {
                return ExitCode.USAGE;
            }
            JsonObject results = new JsonObject();
            results.addProperty("hosts", settings.hosts());
            results.addProperty("vms", settings.hosts() * settings.vmsPerHost());
            results.addProperty("bytes", text.length());
            results.addProperty(output == null ? "text" : "output", output == null ? text : output);
            JsonOutput.print(context.out(), JsonDocuments.of(List.of(), results));
            return ExitCode.OK;
        }
        if (!context.writeText(output, text)) {
            return ExitCode.USAGE;
        }
        if (CommandContext.isStandardOutput(output)) {
            return ExitCode.OK;
        }
        context.err().printf("%s: %d hosts, %d VMs, %d bytes%n", output, settings.hosts(), settings.hosts() * settings.vmsPerHost(), text.length());
        return ExitCode.OK;
    }

    private static int number(CommandArguments arguments, String option, Integer fallback) throws UsageException {
        String value = arguments.option(option, null);
        if (value == null) {
            if (fallback == null) {
                throw new UsageException("missing " + option);
            }
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + value + "'");
        }
    }
}
