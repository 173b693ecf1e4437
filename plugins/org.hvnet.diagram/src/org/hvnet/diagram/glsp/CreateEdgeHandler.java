package org.hvnet.diagram.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.ReferenceSite;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

import com.google.inject.Inject;

/** Connects a VM NIC to a switch, or cables a physical NIC to a network (either end may be picked first). */
public class CreateEdgeHandler implements CreateOperationHandler<CreateEdgeOperation> {

    /** The palette's edge entries: element type id to label. */
    public static final List<String[]> ENTRIES = List.of(
            new String[] { ElementTypes.CONNECTION_EDGE, "Connect VM NIC to switch" },
            new String[] { ElementTypes.CABLE_EDGE, "Cable NIC to network" });

    @Inject
    private TopologyCommands commands;

    @Override
    public List<String> getHandledElementTypeIds() {
        return ENTRIES.stream().map(e -> e[0]).toList();
    }

    @Override
    public String getLabel() {
        return "Connect";
    }

    @Override
    public Class<CreateEdgeOperation> getHandledOperationType() {
        return CreateEdgeOperation.class;
    }

    @Override
    public Optional<Command> createCommand(CreateEdgeOperation operation) {
        EObject source = commands.element(operation.getSourceElementId());
        EObject target = commands.element(operation.getTargetElementId());
        if (operation.getElementTypeId().equals(ElementTypes.CONNECTION_EDGE)) {
            VmNic nic = either(source, target, VmNic.class);
            VirtualSwitch virtualSwitch = either(source, target, VirtualSwitch.class);
            return nic == null || virtualSwitch == null ? Optional.empty()
                    : commands.of("Connect " + nic.getName() + " to " + virtualSwitch.getName(), t -> TopologyEdits.connect(nic, virtualSwitch));
        }
        PhysicalNic nic = either(source, target, PhysicalNic.class);
        Network network = either(source, target, Network.class);
        if (nic == null || network == null) {
            return Optional.empty();
        }
        String label = "Cable " + nic.getName() + " to " + network.getName();
        if (nic.getCables().size() == 1) {
            // the one network of the cable is replaced in the text (the serializer would rewrite the NIC's whole statement)
            ReferenceSite cable = TopologyEdits.connectionOf(nic).orElseThrow();
            return commands.ofText(label, document -> document.withReferenceTo(cable, network));
        }
        return commands.of(label, t -> TopologyEdits.cable(nic, network));
    }

    private static <T> T either(EObject first, EObject second, Class<T> type) {
        return type.isInstance(first) ? type.cast(first) : type.isInstance(second) ? type.cast(second) : null;
    }
}
