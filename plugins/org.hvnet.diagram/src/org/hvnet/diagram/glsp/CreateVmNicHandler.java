// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.hvnet.diagram.gmodel.ElementIds;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.VirtualMachine;

/** The palette's "VM NIC": a NIC ethN on the VM it is dropped on (or on the VM of the NIC it is dropped on). */
public class CreateVmNicHandler extends NodeCreation {

    /** The VM NIC tool. */
    public CreateVmNicHandler() {
        super(ElementTypes.VM_NIC, "VM NIC");
    }

    @Override
    protected Optional<Command> create(String containerId) {
        for (EObject current = commands.element(containerId); current != null; current = current.eContainer()) {
            if (current instanceof VirtualMachine vm) {
                String vmId = ElementIds.of(vm);
                return commands.of("Create VM NIC", t -> TopologyEdits.addVmNic(TopologyCommands.find(t, vmId, VirtualMachine.class)));
            }
        }
        return Optional.empty();
    }
}
