package org.hvnet.diagram.glsp;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.ReferenceSite;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;

/**
 * The palette's "Cable NIC to network" ({@code nic ... cable NETWORK}). A NIC cabled to one network has that network
 * replaced in the text (Xtext's change serializer would rewrite the NIC's whole statement); a NIC with no cable, or a
 * trunk, gains the network.
 */
public class CreateCableHandler extends EdgeCreation<PhysicalNic, Network> {

    /** The cable tool. */
    public CreateCableHandler() {
        super(ElementTypes.CABLE_EDGE, "Cable NIC to network", PhysicalNic.class, Network.class);
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        PhysicalNic nic = endOfType(operation, PhysicalNic.class);
        Network network = endOfType(operation, Network.class);
        if (nic == null || network == null || nic.getCables().size() != 1) {
            return super.createCommand(operation);
        }
        String nicId = ElementLookup.idOf(nic);
        String networkId = ElementLookup.idOf(network);
        return commands.ofText(label(nic, network), document -> replaceCable(document, nicId, networkId));
    }

    /** The text of {@code document} with the one network of NIC {@code nicId} replaced by {@code networkId}. */
    private static String replaceCable(TopologyDocument document, String nicId, String networkId) {
        PhysicalNic nic = TopologyCommands.find(document.topology(), nicId, PhysicalNic.class);
        Network network = TopologyCommands.find(document.topology(), networkId, Network.class);
        if (nic.getCables().size() != 1) {
            return document.edit(t -> TopologyEdits.cable(TopologyCommands.find(t, nicId, PhysicalNic.class),
                    TopologyCommands.find(t, networkId, Network.class)));
        }
        ReferenceSite cable = TopologyEdits.connectionOf(nic).orElseThrow();
        return document.withReferenceTo(cable, network);
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
