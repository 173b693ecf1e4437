// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.model.Binding;
import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchDhcpService;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.junit.jupiter.api.Test;

/** Virtual switches: external on a NIC (with and without the management OS), internal, private, and their bodies. */
class SwitchParsingTest {

    private static Host host(String body) {
        return parseClean("topology T\nhost HV01 platform hyperv-2012 {\n    nic LAN\n    nic WAN\n" + body + "\n}\n")
                .getHosts().get(0);
    }

    @Test
    void externalSwitchSharesItsNicWithTheManagementOsByDefault() {
        Host host = host("switch External external on LAN");
        VirtualSwitch external = host.getSwitches().get(0);
        assertEquals("External", external.getName());
        assertEquals(SwitchKind.EXTERNAL, external.getKind());
        assertTrue(external.isSetKind());
        assertSame(host.getNics().get(0), external.getExternalNics().get(0));
        assertTrue(external.isAllowManagementOS());
        assertTrue(external.getHostVnics().isEmpty());
        assertNull(external.getDhcpService());
    }

    @Test
    void noManagementOsClearsAllowManagementOs() {
        Host host = host("switch Dedicated external on WAN no-management-os");
        VirtualSwitch dedicated = host.getSwitches().get(0);
        assertSame(host.getNics().get(1), dedicated.getExternalNics().get(0));
        assertFalse(dedicated.isAllowManagementOS());
    }

    @Test
    void externalSwitchWithBody() {
        VirtualSwitch external = host("""
                switch External external on LAN no-management-os {
                    host-vnic "Local Area Connection 3" mac 00-15-5D-00-00-01 {
                        bind client, tcpip4
                        ipv4 dhcp
                    }
                }
                """).getSwitches().get(0);
        assertFalse(external.isAllowManagementOS());
        HostVirtualNic vnic = external.getHostVnics().get(0);
        assertEquals("Local Area Connection 3", vnic.getName());
        assertEquals(MacAddress.valueOf("00-15-5D-00-00-01"), vnic.getMac());
        assertEquals(List.of(Binding.CLIENT, Binding.TCPIP4), vnic.getBindings());
        assertInstanceOf(DhcpIpv4Config.class, vnic.getIpv4());
    }

    @Test
    void internalSwitchWithHostVnic() {
        VirtualSwitch lab = host("""
                switch Lab internal {
                    host-vnic "Local Area Connection 4" { ipv4 static 10.0.0.254/24 }
                }
                """).getSwitches().get(0);
        assertEquals(SwitchKind.INTERNAL, lab.getKind());
        assertTrue(lab.getExternalNics().isEmpty());
        StaticIpv4Config ipv4 = assertInstanceOf(StaticIpv4Config.class, lab.getHostVnics().get(0).getIpv4());
        assertEquals(Ipv4Cidr.valueOf("10.0.0.254/24"), ipv4.getAddress());
    }

    @Test
    void privateSwitchWithoutBody() {
        VirtualSwitch isolated = host("switch Isolated private").getSwitches().get(0);
        assertEquals(SwitchKind.PRIVATE, isolated.getKind());
        assertTrue(isolated.isAllowManagementOS());
    }

    @Test
    void dhcpServiceWithSubnet() {
        SwitchDhcpService dhcp = host("""
                switch Lab internal {
                    dhcp-service subnet 10.1.0.0/16 range 10.1.0.10 - 10.1.0.99 gateway 10.1.0.1 dns 10.1.0.2
                }
                """).getSwitches().get(0).getDhcpService();
        assertEquals(Ipv4Cidr.valueOf("10.1.0.0/16"), dhcp.getSubnet());
        assertEquals(Ipv4Address.valueOf("10.1.0.10"), dhcp.getRangeStart());
        assertEquals(Ipv4Address.valueOf("10.1.0.99"), dhcp.getRangeEnd());
        assertEquals(Ipv4Address.valueOf("10.1.0.1"), dhcp.getGateway());
        assertEquals(List.of(Ipv4Address.valueOf("10.1.0.2")), dhcp.getDns());
    }

    @Test
    void dhcpServiceWithoutSubnet() {
        SwitchDhcpService dhcp = host("switch Net private { dhcp-service range 192.168.131.10 - 192.168.131.20 }")
                .getSwitches().get(0).getDhcpService();
        assertNull(dhcp.getSubnet());
        assertEquals(Ipv4Address.valueOf("192.168.131.10"), dhcp.getRangeStart());
        assertNull(dhcp.getGateway());
    }
}
