// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.log4j.Logger;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.hvnet.cli.commands.AddressesCommand;
import org.hvnet.cli.commands.CheckCommand;
import org.hvnet.cli.commands.CompletionCommand;
import org.hvnet.cli.commands.DiffCommand;
import org.hvnet.cli.commands.ConvertCommand;
import org.hvnet.cli.commands.FormatCommand;
import org.hvnet.cli.commands.GenerateCommand;
import org.hvnet.cli.commands.HelpCommand;
import org.hvnet.cli.commands.InstallCommand;
import org.hvnet.cli.commands.LspCommand;
import org.hvnet.cli.commands.ReachCommand;
import org.hvnet.cli.commands.SimulateCommand;
import org.hvnet.cli.commands.TraceCommand;
import org.hvnet.cli.commands.ValidateCommand;
import org.hvnet.cli.commands.VersionCommand;
import org.hvnet.cli.commands.WorkbenchCommand;

/**
 * Every subcommand of {@code hvnet}, in the order {@code hvnet help} lists them: the command's own, and those other
 * bundles contribute to the extension point {@value #EXTENSION_POINT} (the diagram's {@code serve} and
 * {@code diagram}), each after the subcommand its {@code after} attribute names.
 */
public final class Subcommands {

    /** The extension point of contributed subcommands. */
    public static final String EXTENSION_POINT = "org.hvnet.cli.subcommands";

    private Subcommands() {
    }

    /** All subcommands: the command's own, with the contributed ones in their places. */
    public static List<Subcommand> all() {
        List<Subcommand> commands = new ArrayList<>(List.of(
                new SimulateCommand(),
                new ValidateCommand(),
                new InstallCommand(),
                new AddressesCommand(),
                new TraceCommand(),
                new ReachCommand(),
                new CheckCommand(),
                new DiffCommand(),
                new FormatCommand(),
                new ConvertCommand(),
                new WorkbenchCommand(),
                new LspCommand(),
                new GenerateCommand(),
                new CompletionCommand(),
                new HelpCommand(),
                new VersionCommand()));
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                contributed(element).ifPresent(command -> commands.add(positionAfter(commands, element.getAttribute("after")), command));
            }
        }
        return commands;
    }

    /** The subcommand called {@code name}. */
    public static Optional<Subcommand> named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static Optional<Subcommand> contributed(IConfigurationElement element) {
        try {
            return Optional.of((Subcommand) element.createExecutableExtension("class"));
        } catch (CoreException | ClassCastException e) {
            Logger.getLogger(Subcommands.class).error("the subcommand " + element.getAttribute("class") + " of "
                    + element.getContributor().getName() + " is left out: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The index just after the subcommand called {@code after}, or the end of the list. */
    private static int positionAfter(List<Subcommand> commands, String after) {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i).name().equals(after)) {
                return i + 1;
            }
        }
        return commands.size();
    }
}
