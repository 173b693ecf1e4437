package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.ExitCode;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.text.SimulationReport;
import org.hvnet.cli.Subcommand;
import org.hvnet.cli.UsageException;
import org.hvnet.frontend.loading.LoadedModel;
import org.hvnet.frontend.loading.UnreadableInputException;
import org.hvnet.model.Host;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;

/**
 * {@code hvnet simulate FILES}: the main report, read top to bottom: the model, the problems found, the planned
 * installs applied with their change reports (I-5) and the implied host vNICs (S-4), the address table (A-rules)
 * and the result of every {@code expect}.
 */
public class SimulateCommand implements Subcommand {

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "simulate FILES";
    }

    @Override
    public String summary() {
        return "the main job: validates, applies planned installs, plans addresses and checks every expect, in one report";
    }

    @Override
    public int run(CommandArguments arguments, CommandContext context) throws UsageException, UnreadableInputException {
        List<String> files = arguments.requirePositional(1, "FILES");
        SimulationInput input = SimulationInput.load(context, files);
        LoadedModel model = input.model();
        int networks = 0;
        int hosts = 0;
        int vms = 0;
        int interfaces = 0;
        int[] switches = new int[SwitchKind.values().length];
        for (Topology topology : model.topologies()) {
            networks += topology.getNetworks().size();
            for (Host host : topology.getHosts()) {
                hosts++;
                interfaces += host.getNics().size();
                for (VirtualSwitch vswitch : host.getSwitches()) {
                    switches[vswitch.getKind().getValue()]++;
                    interfaces += vswitch.getHostVnics().size();
                }
                for (VirtualMachine vm : host.getVms()) {
                    vms++;
                    interfaces += vm.getNics().size();
                }
            }
        }
        context.out().println("Model: " + String.join(", ", model.topologies().stream().map(Topology::getName).toList()));
        context.out().println("  " + count(networks, "network") + ", " + count(hosts, "host") + ", " + count(vms, "VM") + ", "
                + count(interfaces, "interface") + " written");
        String defaults = switches[SwitchKind.DEFAULT_VALUE] == 0 ? "" : ", " + switches[SwitchKind.DEFAULT_VALUE] + " default";
        context.out().printf("  switches: %d external, %d internal, %d private%s%n", switches[SwitchKind.EXTERNAL_VALUE],
                switches[SwitchKind.INTERNAL_VALUE], switches[SwitchKind.PRIVATE_VALUE], defaults);
        return new SimulationReport(context.out()).print(input) ? ExitCode.OK : ExitCode.MODEL_ERRORS;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
