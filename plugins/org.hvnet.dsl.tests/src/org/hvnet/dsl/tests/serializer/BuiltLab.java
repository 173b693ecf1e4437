// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.hvnet.dsl.tests.serializer.BuiltPorts.MODEL;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.model.Host;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.testing.HvnetTestFiles;

/** A small topology built in memory, never parsed, to which the shape tests add the elements they vary. */
final class BuiltLab {

    private BuiltLab() {
    }

    /** A topology with networks Lan and Wan and host HV with NICs Ethernet and Ethernet2 and switches Uplink (external) and Lab (internal). */
    static Topology lab() {
        Topology topology = MODEL.createTopology();
        topology.setName("Shapes");
        for (String name : List.of("Lan", "Wan")) {
            Network network = MODEL.createNetwork();
            network.setName(name);
            topology.getNetworks().add(network);
        }
        Host host = MODEL.createHost();
        host.setName("HV");
        host.setPlatform(Platform.HYPERV_2016_PLUS);
        for (String name : List.of("Ethernet", "Ethernet2")) {
            PhysicalNic nic = MODEL.createPhysicalNic();
            nic.setName(name);
            host.getNics().add(nic);
        }
        host.getSwitches().add(virtualSwitch("Uplink", SwitchKind.EXTERNAL));
        host.getSwitches().get(0).getExternalNics().add(host.getNics().get(0));
        host.getSwitches().add(virtualSwitch("Lab", SwitchKind.INTERNAL));
        topology.getHosts().add(host);
        XtextResourceSet resourceSet = HvnetTestFiles.injector().getInstance(XtextResourceSet.class);
        resourceSet.createResource(URI.createURI("shapes.hvnet")).getContents().add(topology);
        return topology;
    }

    static VirtualSwitch virtualSwitch(String name, SwitchKind kind) {
        VirtualSwitch virtualSwitch = MODEL.createVirtualSwitch();
        virtualSwitch.setName(name);
        virtualSwitch.setKind(kind);
        return virtualSwitch;
    }

    static VirtualMachine vm(Host host, String name) {
        VirtualMachine vm = MODEL.createVirtualMachine();
        vm.setName(name);
        host.getVms().add(vm);
        return vm;
    }
}
