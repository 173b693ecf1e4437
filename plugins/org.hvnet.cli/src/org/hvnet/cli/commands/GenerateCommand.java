package org.hvnet.cli.commands;

import java.util.Set;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.generator.GeneratorSettings;
import org.hvnet.generator.TopologyGenerator;

/** {@code hvnet generate --hosts N --vms-per-host M [--seed S] [-o FILE]}: a realistic topology of any size. */
public class GenerateCommand implements Subcommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --hosts N --vms-per-host M [--seed S] [-o FILE]";
    }

    @Override
    public String summary() {
        return "writes a deterministic data-centre topology (for trials and benchmarks)";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("--hosts", "--vms-per-host", "--seed", "-o");
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(number(arguments, "--hosts", null), number(arguments, "--vms-per-host", null),
                    number(arguments, "--seed", 1));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String text = TopologyGenerator.generate(settings);
        String output = arguments.option("-o", null);
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
