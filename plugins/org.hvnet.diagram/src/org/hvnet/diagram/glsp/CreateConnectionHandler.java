// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/** The palette's "Connect VM NIC to switch" ({@code nic ... on SWITCH}). */
public class CreateConnectionHandler extends EdgeCreation<VmNic, VirtualSwitch> {

    /** The connection tool. */
    public CreateConnectionHandler() {
        super(ElementTypes.CONNECTION_EDGE, "Connect VM NIC to switch", VmNic.class, VirtualSwitch.class);
    }

    @Override
    protected String label(VmNic nic, VirtualSwitch virtualSwitch) {
        return "Connect " + nic.getName() + " to " + virtualSwitch.getName();
    }

    @Override
    protected void connect(VmNic nic, VirtualSwitch virtualSwitch) {
        TopologyEdits.connect(nic, virtualSwitch);
    }
}
