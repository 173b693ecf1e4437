// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Style;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.json.TraceJson;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.simulation.traffic.DestinationPort;
import org.hvnet.simulation.traffic.Hop;
import org.hvnet.simulation.traffic.Trace;

/**
 * {@code hvnet trace FILES FROM TO [--port tcp/N|udp/N] [--json]}: one packet, hop by hop (T-7); with a destination
 * port, static port mappings (X-1, T-6) translate it.
 */
public class TraceCommand implements Subcommand {

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String usage() {
        return "trace FILES FROM TO [--port tcp/N|udp/N] [--json]";
    }

    @Override
    public String summary() {
        return "follows one packet from FROM to TO hop by hop (host, VM, OWNER.IFACE or IPv4 address), to a port with --port";
    }

    @Override
    public String description() {
        return "Follows one packet from FROM to TO on the simulated network (rule T-7): through interfaces, switches, the"
                + " hypervisor, physical networks, routers and NAT, to DELIVERED or DROPPED with the rule that dropped it."
                + " FROM and TO are a host, a VM, OWNER.IFACE (quote names with spaces: 'HV01.\"Local Area Connection 3\"') or"
                + " an IPv4 address; a host or VM sends from its first interface with an address.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet trace examples/article.hvnet Web01 8.8.8.8",
                "hvnet trace examples/article.hvnet Db01 HV01 --json",
                "hvnet trace examples/nat-switch.hvnet Ws01 192.168.50.20 --port tcp/8080");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.valued("tcp/N|udp/N", "the packet's destination port: static port mappings of a NAT (X-1) translate it",
                "--port"), SimulationSubcommand.json("{\"from\", \"to\", \"port\", \"verdict\", \"rule\", \"reason\", \"hops\":[{at, kind,"
                        + " detail}]}"));
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.models("FILES"), Operand.text("FROM"), Operand.text("TO"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> positional = arguments.requirePositional(3, "FILES FROM TO");
        List<String> files = positional.subList(0, positional.size() - 2);
        String from = positional.get(positional.size() - 2);
        String to = positional.get(positional.size() - 1);
        boolean json = arguments.flag("--json");
        DestinationPort port = port(arguments.option("--port", null));
        SimulationInput input = SimulationInput.load(context, files);
        context.printProblems(input.problems());
        if (!input.simulated()) {
            if (json) {
                JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), null));
            }
            return ExitCode.MODEL_ERRORS;
        }
        Trace trace = input.simulation().trace(from, to, port);
        if ("link".equals(trace.rule())) {
            throw new UsageException(trace.reason());
        }
        if (json) {
            JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), TraceJson.document(trace, port)));
        } else {
            Style style = context.outStyle();
            context.out().println("trace " + trace.from() + " -> " + trace.to() + (port == null ? "" : " " + port));
            int step = 1;
            for (Hop hop : trace.hops()) {
                context.out().printf("%3d  %-10s %s: %s%n", step++, hop.kind(), hop.at(), hop.detail());
            }
            context.out().println(trace.delivered() ? style.good("DELIVERED") + ": " + trace.reason()
                    : style.bad("DROPPED") + ": " + trace.reason() + " [" + trace.rule() + "]");
        }
        return input.hasErrors() ? ExitCode.MODEL_ERRORS : ExitCode.OK;
    }

    private static DestinationPort port(String text) throws UsageException {
        try {
            return text == null ? null : DestinationPort.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--port " + e.getMessage());
        }
    }
}
