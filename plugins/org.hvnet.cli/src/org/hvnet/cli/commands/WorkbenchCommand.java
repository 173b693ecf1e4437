// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.Operand;
import org.hvnet.cli.Subcommand;

/**
 * {@code hvnet workbench [DIR]}: the HVNet Workbench is a product of its own, which the {@code hvnet} launcher script
 * starts; this entry gives it its place in help and completion, and says so when the command product is asked for it.
 */
public class WorkbenchCommand implements Subcommand {

    @Override
    public String name() {
        return "workbench";
    }

    @Override
    public String usage() {
        return "workbench [DIR]";
    }

    @Override
    public String summary() {
        return "opens the HVNet Workbench (Eclipse) on DIR, the examples by default (needs a display)";
    }

    @Override
    public String description() {
        return "Starts the HVNet Workbench, the Eclipse product with the .hvnet editor, the diagram and the simulation views,"
                + " with DIR (by default the examples) as a project of the workspace ~/hvnet-workspace ($HVNET_WORKSPACE)."
                + " It needs a graphical display: without one (no DISPLAY or WAYLAND_DISPLAY) it says so and exits 2. The"
                + " launcher script ./hvnet starts it; the command-line product itself has no workbench.";
    }

    @Override
    public List<String> examples() {
        return List.of("./hvnet workbench", "./hvnet workbench ~/labs");
    }

    @Override
    public List<Operand> operands() {
        return List.of(Operand.file("DIR"));
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) {
        context.err().println("hvnet workbench: the workbench is a product of its own; start it with the launcher script: ./hvnet workbench [DIR]");
        return ExitCode.USAGE;
    }
}
