package org.hvnet.diagram.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.hvnet.diagram.gmodel.ElementTypes;
import org.hvnet.diagram.text.TopologyEdits;
import org.hvnet.model.Host;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmNic;

import com.google.inject.Inject;

/**
 * Creates what the palette offers: host, network, a switch of each kind, VM, VM NIC. A switch or VM goes into
 * the host it was dropped on (or the first host); a VM NIC into the VM it was dropped on.
 */
public class CreateNodeHandler implements CreateOperationHandler<CreateNodeOperation> {

    /** The palette's node entries: element type id to label. */
    public static final List<String[]> ENTRIES = List.of(
            new String[] { ElementTypes.HOST, "Host" },
            new String[] { ElementTypes.NETWORK, "Network" },
            new String[] { ElementTypes.SWITCH_OF_KIND + "external", "External switch" },
            new String[] { ElementTypes.SWITCH_OF_KIND + "internal", "Internal switch" },
            new String[] { ElementTypes.SWITCH_OF_KIND + "private", "Private switch" },
            new String[] { ElementTypes.VM, "VM" },
            new String[] { ElementTypes.VM_NIC, "VM NIC" });

    @Inject
    private TopologyCommands commands;

    @Override
    public List<String> getHandledElementTypeIds() {
        return ENTRIES.stream().map(e -> e[0]).toList();
    }

    @Override
    public String getLabel() {
        return "Create";
    }

    @Override
    public Class<CreateNodeOperation> getHandledOperationType() {
        return CreateNodeOperation.class;
    }

    @Override
    public Optional<Command> createCommand(CreateNodeOperation operation) {
        String type = operation.getElementTypeId();
        EObject container = commands.element(operation.getContainerId() == null ? "" : operation.getContainerId());
        if (type.equals(ElementTypes.HOST)) {
            return commands.of("Create host", TopologyEdits::addHost);
        }
        if (type.equals(ElementTypes.NETWORK)) {
            return commands.of("Create network", TopologyEdits::addNetwork);
        }
        if (type.equals(ElementTypes.VM_NIC)) {
            VirtualMachine vm = container instanceof VmNic nic ? (VirtualMachine) nic.eContainer() : (VirtualMachine) asVm(container);
            return vm == null ? Optional.empty() : commands.of("Create VM NIC", t -> TopologyEdits.addVmNic(vm));
        }
        Host host = hostOf(container);
        if (host == null) {
            return Optional.empty();
        }
        if (type.equals(ElementTypes.VM)) {
            return commands.of("Create VM", t -> TopologyEdits.addVm(host));
        }
        SwitchKind kind = SwitchKind.get(type.substring(ElementTypes.SWITCH_OF_KIND.length()));
        return commands.of("Create " + kind.getLiteral() + " switch", t -> TopologyEdits.addSwitch(host, kind));
    }

    private static EObject asVm(EObject container) {
        for (EObject current = container; current != null; current = current.eContainer()) {
            if (current instanceof VirtualMachine) {
                return current;
            }
        }
        return null;
    }

    private Host hostOf(EObject container) {
        for (EObject current = container; current != null; current = current.eContainer()) {
            if (current instanceof Host host) {
                return host;
            }
        }
        return commands.firstHost();
    }
}
