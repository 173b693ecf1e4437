package org.hvnet.cli.commands;

import org.hvnet.cli.CommandContext;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.AddressesJson;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.text.AddressTable;

/** {@code hvnet addresses FILES [--json]}: every interface's IPv4 address and where it came from (A-rules). */
public class AddressesCommand extends SimulationSubcommand {

    @Override
    public String name() {
        return "addresses";
    }

    @Override
    public String usage() {
        return "addresses FILES [--json]";
    }

    @Override
    public String summary() {
        return "every interface's IPv4 address and where it came from, its MAC and VLAN, with planned installs applied";
    }

    @Override
    protected boolean report(SimulationInput input, boolean json, CommandContext context) {
        if (json) {
            JsonOutput.print(context.out(), AddressesJson.document(input.simulation().addressTable()));
        } else {
            AddressTable.print(context.out(), input.simulation().addressTable(), true);
        }
        return true;
    }
}
