// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.hvnet.dsl.tests.serializer.BuiltPorts.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.InstallProduct;
import org.hvnet.model.NetNat;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.ReachExpectation;
import org.hvnet.model.SwitchDhcpService;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

/**
 * Hosts, switches, VMs (with their DHCP servers) and topologies built in memory with every combination of their
 * statements, kinds and options are written by the language's sequencer exactly as the generic sequencer writes them;
 * shapes the grammar cannot write fail alike.
 */
class HostShapesTest {

    @Test
    void switchesOfEveryKindAndOption() {
        Topology topology = BuiltLab.lab();
        Host host = topology.getHosts().get(0);
        int count = 0;
        for (int body = 0; body < 4; body++) {
            for (int external = 0; external < 8; external++) {
                VirtualSwitch virtualSwitch = withBody(BuiltLab.virtualSwitch("External" + count++, SwitchKind.EXTERNAL), body);
                virtualSwitch.getExternalNics().addAll(host.getNics().subList(0, 1 + external % 2));
                virtualSwitch.setAllowManagementOS((external & 2) == 0);
                virtualSwitch.setEmbeddedTeaming((external & 4) != 0);
                host.getSwitches().add(virtualSwitch);
            }
            host.getSwitches().add(withBody(BuiltLab.virtualSwitch("Internal" + count++, SwitchKind.INTERNAL), body));
            host.getSwitches().add(withBody(BuiltLab.virtualSwitch("Private" + count++, SwitchKind.PRIVATE), body));
            host.getSwitches().add(withBody(BuiltLab.virtualSwitch("Default" + count++, SwitchKind.DEFAULT), body));
            VirtualSwitch withSubnet = withBody(BuiltLab.virtualSwitch("Default" + count++, SwitchKind.DEFAULT), body);
            withSubnet.setSubnet(Ipv4Cidr.valueOf("172.30.0.0/20"));
            host.getSwitches().add(withSubnet);
        }
        String text = SameText.assertSameText(topology);
        assertTrue(text.contains("on Ethernet, Ethernet2 no-management-os embedded-teaming"), text);
    }

    /** A switch with no body (0), a host vNIC (1), a DHCP service (2) or both (3). */
    private static VirtualSwitch withBody(VirtualSwitch virtualSwitch, int body) {
        if ((body & 1) != 0) {
            HostVirtualNic vnic = MODEL.createHostVirtualNic();
            vnic.setName("vEthernet (" + virtualSwitch.getName() + ")");
            virtualSwitch.getHostVnics().add(vnic);
        }
        if ((body & 2) != 0) {
            SwitchDhcpService service = MODEL.createSwitchDhcpService();
            service.setRangeStart(Ipv4Address.valueOf("172.30.0.10"));
            service.setRangeEnd(Ipv4Address.valueOf("172.30.0.99"));
            virtualSwitch.setDhcpService(service);
        }
        return virtualSwitch;
    }

    @Test
    void hostsWithEveryKindOfStatement() {
        Topology topology = BuiltLab.lab();
        for (int shape = 0; shape < 1 << 9; shape++) {
            topology.getHosts().add(host("H" + shape, shape));
        }
        SameText.assertSameText(topology);
    }

    /** A host with the statements the bits of {@code shape} choose. */
    private static Host host(String name, int shape) {
        Host host = MODEL.createHost();
        host.setName(name);
        if ((shape & 1) != 0) {
            host.setPlatform(Platform.HYPERV_2008);
        }
        host.setPreserveIpOnInstall((shape & 2) != 0);
        host.getRetiredNames().addAll(List.of("Old 1", "Old 2").subList(0, (shape >> 2 & 1) * (1 + (shape >> 8 & 1))));
        if ((shape & 8) != 0) {
            host.setMacPool(MODEL.createMacAddressPool());
            host.getMacPool().setFirst(MacAddress.valueOf("00-15-5D-00-00-00"));
            host.getMacPool().setLast(MacAddress.valueOf("00-15-5D-00-00-FF"));
        }
        if ((shape & 16) != 0) {
            for (String nicName : List.of("Ethernet", "Ethernet2")) {
                PhysicalNic nic = MODEL.createPhysicalNic();
                nic.setName(nicName);
                host.getNics().add(nic);
            }
            host.setInstall(MODEL.createPlannedInstall());
            host.getInstall().setProduct(InstallProduct.HYPERV);
            host.getInstall().getNics().add(host.getNics().get(0));
        }
        if ((shape & 32) != 0) {
            host.getSwitches().add(BuiltLab.virtualSwitch("Lab", SwitchKind.INTERNAL));
            host.getSwitches().add(BuiltLab.virtualSwitch("Isolated", SwitchKind.PRIVATE));
        }
        if ((shape & 64) != 0) {
            NetNat nat = MODEL.createNetNat();
            nat.setName("Nat");
            nat.setInternalPrefix(Ipv4Cidr.valueOf("172.20.0.0/24"));
            host.getNetNats().add(nat);
            host.setRras(MODEL.createRras());
            host.getRras().setRouting(true);
        }
        if ((shape & 128) != 0) {
            VirtualMachine vm = BuiltLab.vm(host, "VM");
            VmNic nic = MODEL.createVmNic();
            nic.setName("eth0");
            vm.getNics().add(nic);
            BuiltLab.vm(host, "VM2").setRouting(true);
        }
        if ((shape & 256) != 0) {
            host.setInstall(MODEL.createPlannedInstall());
            host.getInstall().setProduct(InstallProduct.VIRTUAL_SERVER);
        }
        return host;
    }

    @Test
    void vmsWithNicsDhcpServersAndRouting() {
        Topology topology = BuiltLab.lab();
        Host host = topology.getHosts().get(0);
        for (int shape = 0; shape < 3 * 4 * 2; shape++) {
            VirtualMachine vm = BuiltLab.vm(host, "VM" + shape);
            for (int i = 0; i < shape % 3; i++) {
                VmNic nic = MODEL.createVmNic();
                nic.setName("eth" + i);
                vm.getNics().add(nic);
            }
            for (int i = 0; i < shape / 3 % 4; i++) {
                VmDhcpServer server = MODEL.createVmDhcpServer();
                server.setNic(vm.getNics().isEmpty() ? null : vm.getNics().get(0));
                server.setRangeStart(Ipv4Address.valueOf("10.0." + i + ".10"));
                server.setRangeEnd(Ipv4Address.valueOf("10.0." + i + ".99"));
                if (i >= 1) {
                    server.setGateway(Ipv4Address.valueOf("10.0." + i + ".1"));
                }
                server.getDns().addAll(List.of(Ipv4Address.valueOf("10.0.0.2"), Ipv4Address.valueOf("10.0.0.3")).subList(0, i % 3));
                if (server.getNic() != null) {
                    vm.getDhcpServers().add(server);
                }
            }
            vm.setRouting(shape >= 12);
        }
        SameText.assertSameText(topology);
    }

    @Test
    void topologiesWithAndWithoutParts() {
        Topology empty = BuiltLab.lab();
        empty.getNetworks().clear();
        empty.getHosts().clear();
        SameText.assertSameText(empty);
        Topology withExpectation = BuiltLab.lab();
        ReachExpectation reach = MODEL.createReachExpectation();
        reach.setFrom(MODEL.createEndpoint());
        reach.getFrom().setOwner(withExpectation.getHosts().get(0));
        reach.setTo(MODEL.createEndpoint());
        reach.getTo().setAddress(Ipv4Address.valueOf("8.8.8.8"));
        withExpectation.getExpectations().add(reach);
        SameText.assertSameText(withExpectation);
    }

    /** Shapes the grammar cannot write go to the generic sequencer, which fails with the same message. */
    @Test
    void unwritableShapesFailAlike() {
        List<Consumer<Host>> unwritable = List.of(host -> {
            VmNic nic = MODEL.createVmNic();
            nic.setName("eth0");
            BuiltPorts.vlan(nic, 1);
            BuiltPorts.vlan(nic, 2);
            BuiltLab.vm(host, "Both").getNics().add(nic);
        }, host -> host.getSwitches().get(1).getExternalNics().add(host.getNics().get(1)),
                host -> host.getSwitches().get(0).getExternalNics().clear(),
                host -> host.getNics().get(0).setIpv4(MODEL.createStaticIpv4Config()),
                host -> BuiltLab.vm(host, null),
                host -> host.setName(null));
        for (Consumer<Host> change : unwritable) {
            Topology topology = BuiltLab.lab();
            change.accept(topology.getHosts().get(0));
            ISerializer language = HvnetTestFiles.injector().getInstance(ISerializer.class);
            ISerializer generic = HvnetTestFiles.injector().getInstance(GenericSequencerSerializer.class);
            String expected = assertThrows(RuntimeException.class, () -> generic.serialize(topology, SaveOptions.newBuilder().getOptions()))
                    .getMessage();
            assertEquals(expected, assertThrows(RuntimeException.class, () -> language.serialize(topology, SaveOptions.newBuilder().getOptions()))
                    .getMessage());
        }
    }
}
