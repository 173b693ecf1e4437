// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.today;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.AclAction;
import org.hvnet.model.AclDirection;
import org.hvnet.model.AddressExpectation;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.Platform;
import org.hvnet.model.PortAcl;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Protocol;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.hvnet.model.values.VlanRange;
import org.junit.jupiter.api.Test;

/**
 * The elements of today's Hyper-V (rules X-1..X-7) in the model, from the language reference's example
 * ({@code todays-hyperv.hvnet}) and the variants the syntax allows.
 */
class TodaysHyperVParsingTest {

    private static Topology example() {
        return parseClean(HvnetTestFiles.todaysHyperV());
    }

    private static Host host(Topology topology, String name) {
        return topology.getHosts().stream().filter(h -> h.getName().equals(name)).findFirst().orElseThrow();
    }

    private static VmNic vmNic(Host host, String vm, String nic) {
        return host.getVms().stream().filter(v -> v.getName().equals(vm)).findFirst().orElseThrow().getNics().stream()
                .filter(n -> n.getName().equals(nic)).findFirst().orElseThrow();
    }

    @Test
    void theTwoNewPlatforms() {
        assertEquals(Platform.HYPERV_2016_PLUS, host(example(), "HV02").getPlatform());
        assertEquals(Platform.HYPERV_CLIENT, host(example(), "LAPTOP").getPlatform());
    }

    @Test
    void aNetworkHasAVlanAndACableCarriesSeveralNetworks() {
        Topology topology = example();
        Network corp = topology.getNetworks().get(0);
        Network mgmt = topology.getNetworks().get(1);
        assertNull(corp.getVlan());
        assertEquals(Integer.valueOf(10), mgmt.getVlan());
        assertEquals(Ipv4Cidr.valueOf("10.10.0.0/24"), mgmt.getSubnet());
        assertEquals(List.of(corp, mgmt), host(topology, "HV02").getNics().get(0).getCables());
        assertEquals(List.of(corp), host(topology, "LAPTOP").getNics().get(0).getCables());
    }

    @Test
    void vlanAndSubnetOfANetworkInEitherOrder() {
        Network network = parseClean("topology T\nnetwork N { subnet 10.0.0.0/24 vlan 7 router 10.0.0.1 }\n").getNetworks().get(0);
        assertEquals(Integer.valueOf(7), network.getVlan());
        assertEquals(Ipv4Cidr.valueOf("10.0.0.0/24"), network.getSubnet());
    }

    @Test
    void aHostsMacPool() {
        Host hv02 = host(example(), "HV02");
        assertEquals(MacAddress.valueOf("00-15-5D-0A-15-00"), hv02.getMacPool().getFirst());
        assertEquals(MacAddress.valueOf("00-15-5D-0A-15-FF"), hv02.getMacPool().getLast());
        assertNull(host(example(), "LAPTOP").getMacPool());
    }

    @Test
    void anExternalSwitchOnSeveralNicsWithEmbeddedTeaming() {
        Host hv02 = host(example(), "HV02");
        VirtualSwitch converged = hv02.getSwitches().get(0);
        assertEquals(SwitchKind.EXTERNAL, converged.getKind());
        assertEquals(hv02.getNics(), converged.getExternalNics());
        assertTrue(converged.isEmbeddedTeaming());
        assertTrue(converged.isAllowManagementOS());
        assertFalse(hv02.getSwitches().get(1).isEmbeddedTeaming());
    }

    @Test
    void teamingAndNoManagementOsInEitherOrder() {
        Host host = parseClean("""
                topology T
                host H platform hyperv-2016 {
                    nic A nic B
                    switch S external on A, B embedded-teaming no-management-os
                }
                """).getHosts().get(0);
        VirtualSwitch vswitch = host.getSwitches().get(0);
        assertTrue(vswitch.isEmbeddedTeaming());
        assertFalse(vswitch.isAllowManagementOS());
    }

    @Test
    void accessAndTrunkVlansOfVmNicsAndHostVnics() {
        Host hv02 = host(example(), "HV02");
        HostVirtualNic management = hv02.getSwitches().get(0).getHostVnics().get(0);
        assertEquals(Integer.valueOf(10), management.getVlan());
        assertNull(management.getTrunk());

        VmNic eth0 = vmNic(hv02, "Web", "eth0");
        assertEquals(Integer.valueOf(20), eth0.getVlan());
        assertSame(hv02.getSwitches().get(0), eth0.getSwitch());

        VmNic uplink = vmNic(hv02, "Web", "uplink");
        assertNull(uplink.getVlan());
        assertEquals(List.of(VlanRange.of(10, 10), VlanRange.of(20, 20), VlanRange.of(30, 39)), uplink.getTrunk().getAllowed());
        assertEquals(Integer.valueOf(10), uplink.getTrunk().getNativeVlan());

        VmNic lab = vmNic(hv02, "Web", "lab");
        assertNull(lab.getVlan());
        assertNull(lab.getTrunk());
    }

    @Test
    void theShortVlanIsAccessAndStandsBeforeOrAfterTheSwitch() {
        Host host = parseClean("""
                topology T
                host H platform hyperv-2012 {
                    switch S internal
                    vm V {
                        nic a vlan 5 on S
                        nic b on S vlan 6
                        nic c vlan access 7 on S
                        nic d vlan trunk 1-4094 native 1
                        nic e vlan 8
                    }
                }
                """).getHosts().get(0);
        List<VmNic> nics = host.getVms().get(0).getNics();
        assertEquals(List.of(5, 6, 7), nics.subList(0, 3).stream().map(VmNic::getVlan).toList());
        nics.subList(0, 3).forEach(nic -> assertSame(host.getSwitches().get(0), nic.getSwitch()));
        assertEquals(List.of(VlanRange.of(1, 4094)), nics.get(3).getTrunk().getAllowed());
        assertNull(nics.get(3).getSwitch());
        assertEquals(Integer.valueOf(8), nics.get(4).getVlan());
    }

    @Test
    void portGuardsOfAVmNic() {
        Host hv02 = host(example(), "HV02");
        VmNic eth0 = vmNic(hv02, "Web", "eth0");
        assertTrue(eth0.isDhcpGuard());
        assertTrue(eth0.isRouterGuard());
        assertTrue(eth0.isMacAddressSpoofing());
        VmNic lab = vmNic(hv02, "Web", "lab");
        assertFalse(lab.isDhcpGuard() || lab.isRouterGuard() || lab.isMacAddressSpoofing());
    }

    @Test
    void portAclsInTheBodyOfAVmNicAndAHostVnic() {
        VmNic eth0 = vmNic(host(example(), "HV02"), "Web", "eth0");
        List<PortAcl> acls = eth0.getAcls();
        assertEquals(2, acls.size());
        assertEquals(AclAction.DENY, acls.get(0).getAction());
        assertEquals(AclDirection.IN, acls.get(0).getDirection());
        assertEquals(Ipv4Cidr.valueOf("10.0.0.0/8"), acls.get(0).getRemotePrefix());
        assertEquals(AclAction.ALLOW, acls.get(1).getAction());
        assertTrue(acls.get(1).isSetAction() && acls.get(1).isSetDirection());
        assertEquals(Ipv4Cidr.valueOf("10.0.5.0/24"), acls.get(1).getRemotePrefix());
        assertTrue(eth0.getIpv4() instanceof org.hvnet.model.DhcpIpv4Config);

        HostVirtualNic vnic = parseClean("""
                topology T
                host H platform hyperv-2012 {
                    switch S internal { host-vnic V { acl allow out remote 0.0.0.0/0 acl deny both remote 192.168.0.0/16 ipv4 dhcp } }
                }
                """).getHosts().get(0).getSwitches().get(0).getHostVnics().get(0);
        assertEquals(List.of(AclDirection.OUT, AclDirection.BOTH), vnic.getAcls().stream().map(PortAcl::getDirection).toList());
        assertTrue(vnic.getIpv4() instanceof org.hvnet.model.DhcpIpv4Config);
    }

    @Test
    void aNetNatWithItsStaticMappingAndOneWithoutBody() {
        Host hv02 = host(example(), "HV02");
        NetNat nat = hv02.getNetNats().get(0);
        assertEquals("LabNat", nat.getName());
        assertEquals(Ipv4Cidr.valueOf("172.20.0.0/24"), nat.getInternalPrefix());
        PortMapping mapping = nat.getStaticMappings().get(0);
        assertEquals(Protocol.TCP, mapping.getProtocol());
        assertEquals(8080, mapping.getPublicPort());
        assertEquals(Ipv4Address.valueOf("172.20.0.10"), mapping.getPrivateAddress());
        assertEquals(Integer.valueOf(80), mapping.getPrivatePort());

        Host bare = parseClean("topology T\nhost H platform hyperv-client { netnat A prefix 10.1.0.0/16 netnat B prefix 10.2.0.0/16 }\n")
                .getHosts().get(0);
        assertEquals(List.of("A", "B"), bare.getNetNats().stream().map(NetNat::getName).toList());
        assertTrue(bare.getNetNats().get(0).getStaticMappings().isEmpty());
    }

    @Test
    void aDefaultSwitchWithAndWithoutItsSubnet() {
        VirtualSwitch pinned = host(example(), "LAPTOP").getSwitches().get(0);
        assertEquals("Default Switch", pinned.getName());
        assertEquals(SwitchKind.DEFAULT, pinned.getKind());
        assertEquals(Ipv4Cidr.valueOf("172.29.16.0/20"), pinned.getSubnet());
        VirtualSwitch free = parseClean("topology T\nhost H platform hyperv-client { switch \"Default Switch\" default }\n")
                .getHosts().get(0).getSwitches().get(0);
        assertEquals(SwitchKind.DEFAULT, free.getKind());
        assertNull(free.getSubnet());
    }

    @Test
    void anAddressExpectationOnAMac() {
        AddressExpectation expectation = assertInstanceOf(AddressExpectation.class, example().getExpectations().get(0));
        assertEquals("eth0", expectation.getTarget().getInterfaceName());
        assertEquals(MacAddress.valueOf("00-15-5D-0A-15-02"), expectation.getMac());
        assertFalse(expectation.isSetOutcome());
        assertNull(expectation.getAddress());
    }
}
