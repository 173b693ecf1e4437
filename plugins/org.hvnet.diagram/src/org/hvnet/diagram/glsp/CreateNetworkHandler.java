// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;

/** The palette's "Network": a physical network named Network1, Network2, ... */
public class CreateNetworkHandler extends NodeCreation {

    /** The network tool. */
    public CreateNetworkHandler() {
        super(ElementTypes.NETWORK, "Network");
    }

    @Override
    protected Optional<Command> create(String containerId) {
        return commands.of("Create network", topologies -> TopologyEdits.addNetwork(topologies.get(0), topologies));
    }
}
