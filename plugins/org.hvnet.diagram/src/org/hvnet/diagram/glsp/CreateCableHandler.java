package org.hvnet.diagram.glsp;

import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;

/** The palette's "Cable NIC to network" ({@code nic ... cable NETWORK}). */
public class CreateCableHandler extends EdgeCreation<PhysicalNic, Network> {

    /** The cable tool. */
    public CreateCableHandler() {
        super(ElementTypes.CABLE_EDGE, "Cable NIC to network", PhysicalNic.class, Network.class);
    }

    @Override
    protected String label(PhysicalNic nic, Network network) {
        return "Cable " + nic.getName() + " to " + network.getName();
    }

    @Override
    protected void connect(PhysicalNic nic, Network network) {
        TopologyEdits.cable(nic, network);
    }
}
