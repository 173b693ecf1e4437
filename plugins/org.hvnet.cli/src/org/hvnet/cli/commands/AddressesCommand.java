// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.commands;

import java.util.List;

import org.hvnet.cli.CommandArguments;
import org.hvnet.cli.CommandContext;
import org.hvnet.cli.CommandOption;
import org.hvnet.cli.SimulationInput;
import org.hvnet.cli.json.AddressesJson;
import org.hvnet.cli.json.JsonDocuments;
import org.hvnet.cli.json.JsonOutput;
import org.hvnet.cli.text.AddressTable;

import com.google.gson.JsonObject;

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
    public String description() {
        return "Applies the planned installs (rules I-1..I-5) and plans the address of every interface (rules A-1..A-5): static,"
                + " leased by DHCP (and from which network or VM), APIPA, or none. One row per interface: physical NICs, host"
                + " vNICs (also those the install or an internal switch creates) and VM NICs, with the segment it is on and its"
                + " default gateway.";
    }

    @Override
    public List<String> examples() {
        return List.of("hvnet addresses examples/article.hvnet",
                "hvnet addresses examples/ --json        # every lab as one model, as JSON");
    }

    @Override
    public List<CommandOption> options() {
        return List.of(json("{\"interfaces\":[{owner, interface, kind, segment, address, source, server, gateway}]}"));
    }

    @Override
    protected boolean report(SimulationInput input, CommandArguments arguments, CommandContext context) {
        var rows = input.simulation().addressTable();
        context.progress().done();
        if (arguments.flag("--json")) {
            JsonObject results = new JsonObject();
            results.add("interfaces", AddressesJson.interfaces(rows));
            JsonOutput.print(context.out(), JsonDocuments.of(input.problems(), results));
        } else {
            AddressTable.print(context.out(), rows, true);
        }
        return true;
    }
}
