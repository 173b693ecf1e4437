// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Host;

/** The palette's "VM": a VM with one NIC, in the host it is dropped on (or the first host). */
public class CreateVmHandler extends NodeCreation {

    /** The VM tool. */
    public CreateVmHandler() {
        super(ElementTypes.VM, "VM");
    }

    @Override
    protected Optional<Command> create(String containerId) {
        String hostId = commands.hostIdAt(containerId);
        return hostId == null ? Optional.empty()
                : commands.of("Create VM", t -> TopologyEdits.addVm(TopologyCommands.find(t, hostId, Host.class)));
    }
}
