// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.hvnet.diagram.gmodel.ElementLookup;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.ReferenceSite;
import org.hvnet.diagram.text.TopologyDocument;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.diagram.text.TopologyFiles;
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
        return commands.ofText(label(nic, network), files -> replaceCable(files, nicId, networkId));
    }

    /** The text of the file of NIC {@code nicId} with its one network replaced by {@code networkId} (of any file). */
    private static Map<TopologyDocument, String> replaceCable(TopologyFiles files, String nicId, String networkId) {
        PhysicalNic nic = TopologyCommands.find(files.topologies(), nicId, PhysicalNic.class);
        Network network = TopologyCommands.find(files.topologies(), networkId, Network.class);
        if (nic.getCables().size() != 1) {
            return files.edit(t -> TopologyEdits.cable(TopologyCommands.find(t, nicId, PhysicalNic.class),
                    TopologyCommands.find(t, networkId, Network.class)));
        }
        ReferenceSite cable = TopologyEdits.connectionOf(nic).orElseThrow();
        TopologyDocument document = files.documentOf(nic);
        return Map.of(document, document.withReferenceTo(cable, network));
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
