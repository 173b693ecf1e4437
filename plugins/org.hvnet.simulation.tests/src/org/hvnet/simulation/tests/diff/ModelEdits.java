// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.tests.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Interface;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;

/**
 * Hand edits of a model, as an engineer makes them between two versions, each on a copy: a VM moved to another switch
 * of its host, a static address removed, a switch turned private, a VM removed, a VM renamed, the planned installs
 * dropped (the "before" of an install). Each returns null when the model has nothing to edit.
 */
final class ModelEdits {

    /** The edits by name, for parameterized tests. */
    static final List<String> NAMES = List.of("move-vm", "remove-static", "turn-private", "remove-vm", "rename-vm", "drop-installs");

    private ModelEdits() {
    }

    /** A copy of {@code model} with edit {@code name} applied at the {@code nth} place it applies (cycling), or null. */
    static List<Topology> apply(List<Topology> model, String name, int nth) {
        List<Topology> copy = new ArrayList<>(EcoreUtil.copyAll(model));
        List<Runnable> edits = new ArrayList<>();
        switch (name) {
        case "move-vm" -> forEachVmNic(copy, nic -> {
            Host host = (Host) nic.eContainer().eContainer();
            host.getSwitches().stream().filter(s -> s != nic.getSwitch()).findFirst().ifPresent(other -> edits.add(() -> nic.setSwitch(other)));
        });
        case "remove-static" -> copy.forEach(t -> t.eAllContents().forEachRemaining(o -> {
            if (o instanceof Interface iface && iface.getIpv4() instanceof StaticIpv4Config) {
                edits.add(() -> iface.setIpv4(HvnetFactory.eINSTANCE.createDhcpIpv4Config()));
            }
        }));
        case "turn-private" -> copy.forEach(t -> t.eAllContents().forEachRemaining(o -> {
            if (o instanceof VirtualSwitch vswitch && vswitch.getKind() != SwitchKind.PRIVATE && vswitch.getHostVnics().isEmpty()) {
                edits.add(() -> {
                    vswitch.setKind(SwitchKind.PRIVATE);
                    vswitch.getExternalNics().clear();
                });
            }
        }));
        case "remove-vm" -> forEachVm(copy, vm -> edits.add(() -> {
            copy.forEach(t -> t.getExpectations().removeIf(e -> EcoreUtil.UsageCrossReferencer.find(vm, e).size() > 0));
            EcoreUtil.delete(vm, true);
        }));
        case "rename-vm" -> forEachVm(copy, vm -> edits.add(() -> vm.setName(vm.getName() + "_renamed")));
        case "drop-installs" -> copy.forEach(t -> t.getHosts().forEach(host -> {
            if (host.getInstall() != null) {
                edits.add(() -> host.setInstall(null));
            }
        }));
        default -> throw new IllegalArgumentException(name);
        }
        if (edits.isEmpty()) {
            return null;
        }
        if (name.equals("drop-installs")) {
            edits.forEach(Runnable::run);
        } else {
            edits.get(nth % edits.size()).run();
        }
        return copy;
    }

    private static void forEachVmNic(List<Topology> model, Consumer<VmNic> action) {
        forEachVm(model, vm -> vm.getNics().forEach(action));
    }

    private static void forEachVm(List<Topology> model, Consumer<VirtualMachine> action) {
        model.forEach(t -> t.getHosts().forEach(host -> host.getVms().forEach(action)));
    }
}
