// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.hvnet.dsl.tests.serializer.BuiltPorts.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.InstallProduct;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
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
 * Models built in memory with every combination of the optional parts, lists and alternatives of the rules the
 * language's sequencer writes itself (VM NIC, host vNIC, physical NIC, host, switch, VM, a VM's DHCP server, static
 * IPv4, VLAN trunk, topology) are written exactly as the generic sequencer writes them; shapes the grammar cannot
 * write fail alike.
 */
class SequencedShapesTest {

    /** A topology with networks Lan and Wan and host HV with NICs Ethernet and Ethernet2 and switches Uplink (external) and Lab (internal). */
    private static Topology lab() {
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

    private static VirtualSwitch virtualSwitch(String name, SwitchKind kind) {
        VirtualSwitch virtualSwitch = MODEL.createVirtualSwitch();
        virtualSwitch.setName(name);
        virtualSwitch.setKind(kind);
        return virtualSwitch;
    }

    private static VirtualMachine vm(Host host, String name) {
        VirtualMachine vm = MODEL.createVirtualMachine();
        vm.setName(name);
        host.getVms().add(vm);
        return vm;
    }

    @Test
    void vmNicsWithEveryOptionAndNone() {
        Topology topology = lab();
        Host host = topology.getHosts().get(0);
        int count = 0;
        for (int mac = 0; mac < 2; mac++) {
            for (int vlan = 0; vlan < 4; vlan++) {
                for (int onSwitch = 0; onSwitch < 2; onSwitch++) {
                    for (int body = 0; body < 3 * 5 * 3; body++) {
                        VirtualMachine vm = vm(host, "VM" + count++);
                        for (int guards = 0; guards < 8; guards++) {
                            VmNic nic = MODEL.createVmNic();
                            nic.setName("eth" + guards);
                            BuiltPorts.mac(nic, mac);
                            BuiltPorts.vlan(nic, vlan);
                            nic.setSwitch(onSwitch == 0 ? null : host.getSwitches().get(0));
                            nic.setDhcpGuard((guards & 1) != 0);
                            nic.setRouterGuard((guards & 2) != 0);
                            nic.setMacAddressSpoofing((guards & 4) != 0);
                            nic.getBindings().addAll(BuiltPorts.bindings(body % 3));
                            nic.setIpv4(BuiltPorts.ipv4(body / 3 % 5));
                            nic.getAcls().addAll(BuiltPorts.acls(body / 15));
                            vm.getNics().add(nic);
                        }
                    }
                }
            }
        }
        String text = SameText.assertSameText(topology);
        for (String expected : List.of("nic eth7 mac 00-15-5D-00-00-01 vlan trunk 10, 30-39 native 10 on Uplink dhcp-guard router-guard mac-spoofing {",
                "nic eth0 vlan 20 on Uplink", "nic eth0 on Uplink", "nic eth1 dhcp-guard", "bind client, tcpip4, lltd",
                "ipv4 static 10.0.0.4/24 gateway 10.0.0.1 dns 10.0.0.2, 10.0.0.3", "acl deny out remote 10.1.0.0/16")) {
            assertTrue(text.contains(expected), () -> expected + " in the text");
        }
    }

    @Test
    void hostVnicsWithEveryOptionAndNone() {
        Topology topology = lab();
        VirtualSwitch lab = topology.getHosts().get(0).getSwitches().get(1);
        for (int shape = 0; shape < 2 * 4 * 3 * 5 * 3; shape++) {
            HostVirtualNic vnic = MODEL.createHostVirtualNic();
            vnic.setName("vEthernet " + shape);
            BuiltPorts.mac(vnic, shape % 2);
            BuiltPorts.vlan(vnic, shape / 2 % 4);
            vnic.getBindings().addAll(BuiltPorts.bindings(shape / 8 % 3));
            vnic.setIpv4(BuiltPorts.ipv4(shape / 24 % 5));
            vnic.getAcls().addAll(BuiltPorts.acls(shape / 120));
            lab.getHostVnics().add(vnic);
        }
        SameText.assertSameText(topology);
    }

    @Test
    void physicalNicsWithEveryOptionAndNone() {
        Topology topology = lab();
        Host host = topology.getHosts().get(0);
        for (int shape = 0; shape < 2 * 3 * 3 * 5; shape++) {
            PhysicalNic nic = MODEL.createPhysicalNic();
            nic.setName("NIC" + shape);
            BuiltPorts.mac(nic, shape % 2);
            nic.getCables().addAll(topology.getNetworks().subList(0, shape / 2 % 3));
            nic.getBindings().addAll(BuiltPorts.bindings(shape / 6 % 3));
            nic.setIpv4(BuiltPorts.ipv4(shape / 18));
            host.getNics().add(nic);
        }
        SameText.assertSameText(topology);
    }

    @Test
    void switchesOfEveryKindAndOption() {
        Topology topology = lab();
        Host host = topology.getHosts().get(0);
        int count = 0;
        for (int body = 0; body < 4; body++) {
            for (int external = 0; external < 8; external++) {
                VirtualSwitch virtualSwitch = withBody(virtualSwitch("External" + count++, SwitchKind.EXTERNAL), body);
                virtualSwitch.getExternalNics().addAll(host.getNics().subList(0, 1 + external % 2));
                virtualSwitch.setAllowManagementOS((external & 2) == 0);
                virtualSwitch.setEmbeddedTeaming((external & 4) != 0);
                host.getSwitches().add(virtualSwitch);
            }
            host.getSwitches().add(withBody(virtualSwitch("Internal" + count++, SwitchKind.INTERNAL), body));
            host.getSwitches().add(withBody(virtualSwitch("Private" + count++, SwitchKind.PRIVATE), body));
            host.getSwitches().add(withBody(virtualSwitch("Default" + count++, SwitchKind.DEFAULT), body));
            VirtualSwitch withSubnet = withBody(virtualSwitch("Default" + count++, SwitchKind.DEFAULT), body);
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
        Topology topology = lab();
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
            host.getSwitches().add(virtualSwitch("Lab", SwitchKind.INTERNAL));
            host.getSwitches().add(virtualSwitch("Isolated", SwitchKind.PRIVATE));
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
            VirtualMachine vm = vm(host, "VM");
            VmNic nic = MODEL.createVmNic();
            nic.setName("eth0");
            vm.getNics().add(nic);
            vm(host, "VM2").setRouting(true);
        }
        if ((shape & 256) != 0) {
            host.setInstall(MODEL.createPlannedInstall());
            host.getInstall().setProduct(InstallProduct.VIRTUAL_SERVER);
        }
        return host;
    }

    @Test
    void vmsWithNicsDhcpServersAndRouting() {
        Topology topology = lab();
        Host host = topology.getHosts().get(0);
        for (int shape = 0; shape < 3 * 4 * 2; shape++) {
            VirtualMachine vm = vm(host, "VM" + shape);
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
        Topology empty = lab();
        empty.getNetworks().clear();
        empty.getHosts().clear();
        SameText.assertSameText(empty);
        Topology withExpectation = lab();
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
            vm(host, "Both").getNics().add(nic);
        }, host -> host.getSwitches().get(1).getExternalNics().add(host.getNics().get(1)),
                host -> host.getSwitches().get(0).getExternalNics().clear(),
                host -> host.getNics().get(0).setIpv4(MODEL.createStaticIpv4Config()),
                host -> vm(host, null),
                host -> host.setName(null));
        for (Consumer<Host> change : unwritable) {
            Topology topology = lab();
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
