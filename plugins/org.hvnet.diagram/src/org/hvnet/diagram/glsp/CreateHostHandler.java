// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;

/** The palette's "Host": a Hyper-V 2012+ host named HV1, HV2, ... (in the first file of a diagram of several). */
public class CreateHostHandler extends NodeCreation {

    /** The host tool. */
    public CreateHostHandler() {
        super(ElementTypes.HOST, "Host");
    }

    @Override
    protected Optional<Command> create(String containerId) {
        return commands.of("Create host", topologies -> TopologyEdits.addHost(topologies.get(0), topologies));
    }
}
