package org.hvnet.cli;

import java.util.List;
import java.util.Optional;

import org.hvnet.cli.commands.AddressesCommand;
import org.hvnet.cli.commands.CheckCommand;
import org.hvnet.cli.commands.ConvertCommand;
import org.hvnet.cli.commands.DiagramCommand;
import org.hvnet.cli.commands.FormatCommand;
import org.hvnet.cli.commands.GenerateCommand;
import org.hvnet.cli.commands.InstallCommand;
import org.hvnet.cli.commands.LspCommand;
import org.hvnet.cli.commands.ReachCommand;
import org.hvnet.cli.commands.ServeCommand;
import org.hvnet.cli.commands.SimulateCommand;
import org.hvnet.cli.commands.TraceCommand;
import org.hvnet.cli.commands.ValidateCommand;

/** Every subcommand of {@code hvnet}, in the order {@code hvnet help} lists them. */
public final class Subcommands {

    private Subcommands() {
    }

    /** All subcommands. */
    public static List<Subcommand> all() {
        return List.of(
                new SimulateCommand(),
                new ValidateCommand(),
                new InstallCommand(),
                new AddressesCommand(),
                new TraceCommand(),
                new ReachCommand(),
                new CheckCommand(),
                new FormatCommand(),
                new ConvertCommand(),
                new DiagramCommand(),
                new ServeCommand(),
                new LspCommand(),
                new GenerateCommand());
    }

    /** The subcommand called {@code name}. */
    public static Optional<Subcommand> named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
