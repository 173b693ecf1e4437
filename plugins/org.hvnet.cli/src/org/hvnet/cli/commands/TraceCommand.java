package org.hvnet.cli.commands;

import java.util.List;
import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
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
    public Set<String> flags() {
        return Set.of("--json");
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--port");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> positional = arguments.requirePositional(3, "FILES FROM TO");
        List<String> files = positional.subList(0, positional.size() - 2);
        String from = positional.get(positional.size() - 2);
        String to = positional.get(positional.size() - 1);
        DestinationPort port = port(arguments.option("--port", null));
        SimulationInput input = SimulationInput.load(context, files);
        if (!input.simulated()) {
            return ExitCode.MODEL_ERRORS;
        }
        Trace trace = input.simulation().trace(from, to, port);
        if ("link".equals(trace.rule())) {
            throw new UsageException(trace.reason());
        }
        if (arguments.flag("--json")) {
            JsonOutput.print(context.out(), TraceJson.document(trace, port));
        } else {
            context.out().println("trace " + trace.from() + " -> " + trace.to() + (port == null ? "" : " " + port));
            int step = 1;
            for (Hop hop : trace.hops()) {
                context.out().printf("%3d  %-10s %s: %s%n", step++, hop.kind(), hop.at(), hop.detail());
            }
            context.out().println(trace.delivered() ? "DELIVERED: " + trace.reason()
                    : "DROPPED: " + trace.reason() + " [" + trace.rule() + "]");
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
