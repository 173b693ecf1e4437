// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.NatEdits;
import org.hvnet.model.Host;

/** The palette's NAT: a NetNat (rule X-1) in the host it is dropped on, on the subnet of its internal switch's host vNIC. */
public class CreateNetNatHandler extends NodeCreation {

    /** The NAT tool. */
    public CreateNetNatHandler() {
        super(ElementTypes.NETNAT, "NAT (NetNat)");
    }

    @Override
    protected Optional<Command> create(String containerId) {
        String hostId = commands.hostIdAt(containerId);
        return hostId == null ? Optional.empty() : commands.of("Create NAT", t -> NatEdits.addNetNat(TopologyCommands.find(t, hostId, Host.class)));
    }
}
