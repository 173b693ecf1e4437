// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.hvnet.model.AclAction;
import org.hvnet.model.AclDirection;
import org.hvnet.testing.HvnetTestFiles;
import org.hvnet.model.AddressExpectation;
import org.hvnet.model.AddressOutcome;
import org.hvnet.model.Endpoint;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.InstallProduct;
import org.hvnet.model.NetNat;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.PortAcl;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Protocol;
import org.hvnet.model.Router;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.TraceExpectation;
import org.hvnet.model.TraceVerdict;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.hvnet.model.values.VlanRange;
import org.junit.jupiter.api.Test;

/**
 * A topology built with {@link HvnetFactory}, never parsed (no node model), serializes to text that parses back to
 * an equal model: enum values that are their type's first literal, {@code no-management-os}, names that need
 * quotes and names that are keywords.
 */
class BuiltModelSerializationTest {

    private static final HvnetFactory MODEL = HvnetFactory.eINSTANCE;

    private static Topology inResource(Topology topology) {
        XtextResourceSet resourceSet = HvnetTestFiles.injector().getInstance(XtextResourceSet.class);
        resourceSet.createResource(URI.createURI("built.hvnet")).getContents().add(topology);
        return topology;
    }

    private static Topology builtLab() {
        Topology topology = MODEL.createTopology();
        topology.setName("Built");

        Network office = MODEL.createNetwork();
        office.setName("network");
        office.setSubnet(Ipv4Cidr.valueOf("192.168.1.0/24"));
        Router router = MODEL.createRouter();
        router.setAddress(Ipv4Address.valueOf("192.168.1.1"));
        router.setInternet(true);
        office.getRouters().add(router);
        topology.getNetworks().add(office);

        Host host = MODEL.createHost();
        host.setName("HV 01");
        host.setPlatform(Platform.VIRTUAL_PC);
        host.getRetiredNames().add("Local Area Connection 2");
        PhysicalNic nic = MODEL.createPhysicalNic();
        nic.setName("Local Area Connection");
        nic.getCables().add(office);
        StaticIpv4Config ipv4 = MODEL.createStaticIpv4Config();
        ipv4.setAddress(Ipv4Cidr.valueOf("192.168.1.10/24"));
        ipv4.getDns().add(Ipv4Address.valueOf("192.168.1.2"));
        nic.setIpv4(ipv4);
        host.getNics().add(nic);
        host.setInstall(MODEL.createPlannedInstall());
        host.getInstall().setProduct(InstallProduct.HYPERV);
        host.getInstall().getNics().add(nic);

        VirtualSwitch external = MODEL.createVirtualSwitch();
        external.setName("switch");
        external.setKind(SwitchKind.EXTERNAL);
        external.getExternalNics().add(nic);
        external.setAllowManagementOS(false);
        host.getSwitches().add(external);

        VirtualMachine vm = MODEL.createVirtualMachine();
        vm.setName("vm");
        VmNic vmNic = MODEL.createVmNic();
        vmNic.setName("nic");
        vmNic.setVlan(0);
        vmNic.setSwitch(external);
        vmNic.setIpv4(MODEL.createDhcpIpv4Config());
        vm.getNics().add(vmNic);
        host.getVms().add(vm);
        topology.getHosts().add(host);

        AddressExpectation staticAddress = MODEL.createAddressExpectation();
        staticAddress.setTarget(endpoint(vm, "nic"));
        staticAddress.setOutcome(AddressOutcome.STATIC);
        topology.getExpectations().add(staticAddress);

        AddressExpectation exactAddress = MODEL.createAddressExpectation();
        exactAddress.setTarget(endpoint(host, "Local Area Connection 3"));
        exactAddress.setAddress(Ipv4Address.valueOf("192.168.1.100"));
        topology.getExpectations().add(exactAddress);

        TraceExpectation trace = MODEL.createTraceExpectation();
        trace.setFrom(endpoint(vm, null));
        trace.setTo(MODEL.createEndpoint());
        trace.getTo().setAddress(Ipv4Address.valueOf("8.8.8.8"));
        trace.setVerdict(TraceVerdict.DELIVERED);
        topology.getExpectations().add(trace);
        return inResource(topology);
    }

    private static Endpoint endpoint(org.hvnet.model.NamedElement owner, String interfaceName) {
        Endpoint endpoint = MODEL.createEndpoint();
        endpoint.setOwner(owner);
        endpoint.setInterfaceName(interfaceName);
        return endpoint;
    }

    @Test
    void builtTopologyParsesBackEqual() {
        Serialization.assertRoundTrip(List.of(builtLab()));
    }

    @Test
    void firstLiteralsAndTheManagementOsFlagAreWritten() {
        String text = Serialization.serialize(builtLab());
        assertTrue(text.contains("platform virtual-pc"), text);
        assertTrue(text.contains("install hyperv using \"Local Area Connection\""), text);
        assertTrue(text.contains("switch \"switch\" external on \"Local Area Connection\" no-management-os"), text);
        assertTrue(text.contains("expect address \"vm\".\"nic\" static"), text);
        assertTrue(text.contains("delivered"), text);
        assertTrue(text.contains("vlan 0"), text);
    }

    @Test
    void namesThatAreKeywordsOrHaveSpacesAreQuoted() {
        String text = Serialization.serialize(builtLab());
        assertTrue(text.contains("network \"network\" {"), text);
        assertTrue(text.contains("host \"HV 01\" platform"), text);
        assertTrue(text.contains("cable \"network\""), text);
        assertTrue(text.contains("on \"switch\""), text);
    }

    @Test
    void managementOsAllowedIsNotWritten() {
        Topology topology = builtLab();
        topology.getHosts().get(0).getSwitches().get(0).setAllowManagementOS(true);
        String text = Serialization.serialize(topology);
        assertFalse(text.contains("no-management-os"), text);
        Serialization.assertRoundTrip(List.of(topology));
    }

    /** A host of today's Hyper-V built in memory: the enums' first literals (allow, in, tcp) and every new statement. */
    private static Topology builtTodaysHost() {
        Topology topology = builtLab();
        Host host = topology.getHosts().get(0);
        host.setPlatform(Platform.HYPERV_2016_PLUS);
        host.setMacPool(MODEL.createMacAddressPool());
        host.getMacPool().setFirst(MacAddress.valueOf("00-15-5D-00-00-00"));
        host.getMacPool().setLast(MacAddress.valueOf("00-15-5D-00-00-0F"));
        host.getSwitches().get(0).setEmbeddedTeaming(true);
        VirtualSwitch defaultSwitch = MODEL.createVirtualSwitch();
        defaultSwitch.setName("Default Switch");
        defaultSwitch.setKind(SwitchKind.DEFAULT);
        host.getSwitches().add(defaultSwitch);
        VmNic nic = host.getVms().get(0).getNics().get(0);
        nic.setVlan(null);
        nic.setTrunk(MODEL.createVlanTrunk());
        nic.getTrunk().getAllowed().addAll(List.of(VlanRange.valueOf("10"), VlanRange.valueOf("30-39")));
        nic.getTrunk().setNativeVlan(10);
        nic.setDhcpGuard(true);
        PortAcl acl = MODEL.createPortAcl();
        acl.setAction(AclAction.ALLOW);
        acl.setDirection(AclDirection.IN);
        acl.setRemotePrefix(Ipv4Cidr.valueOf("10.0.0.0/8"));
        nic.getAcls().add(acl);
        NetNat netNat = MODEL.createNetNat();
        netNat.setName("Nat");
        netNat.setInternalPrefix(Ipv4Cidr.valueOf("172.20.0.0/24"));
        PortMapping mapping = MODEL.createPortMapping();
        mapping.setProtocol(Protocol.TCP);
        mapping.setPublicPort(8080);
        mapping.setPrivateAddress(Ipv4Address.valueOf("172.20.0.10"));
        netNat.getStaticMappings().add(mapping);
        host.getNetNats().add(netNat);
        AddressExpectation mac = MODEL.createAddressExpectation();
        mac.setTarget(endpoint(host.getVms().get(0), "nic"));
        mac.setMac(MacAddress.valueOf("00-15-5D-00-00-00"));
        topology.getExpectations().add(mac);
        return topology;
    }

    @Test
    void todaysElementsBuiltInMemoryAreWrittenAndParseBackEqual() {
        Topology topology = builtTodaysHost();
        String text = Serialization.serialize(topology);
        for (String expected : List.of("platform hyperv-2016", "mac-pool 00-15-5D-00-00-00 - 00-15-5D-00-00-0F",
                "no-management-os embedded-teaming", "switch \"Default Switch\" default",
                "vlan trunk 10, 30-39 native 10 on \"switch\" dhcp-guard", "acl allow in remote 10.0.0.0/8",
                "netnat Nat prefix 172.20.0.0/24", "forward tcp 8080 to 172.20.0.10", "mac 00-15-5D-00-00-00")) {
            assertTrue(text.contains(expected), () -> expected + " in\n" + text);
        }
        Serialization.assertRoundTrip(List.of(topology));
    }

    @Test
    void builtTopologyIsFormattedLikeAParsedOne() {
        String text = Serialization.serialize(builtLab());
        assertEquals(HvnetTestFiles.resource(getClass(), "built-lab.hvnet"), text);
    }
}
