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

import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.Host;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.junit.jupiter.api.Test;

/** {@code vm} blocks: NICs with MAC, VLAN and switch, DHCP servers on a NIC, and routing. */
class VirtualMachineParsingTest {

    @Test
    void vmWithNicsDhcpServerAndRouting() {
        Host host = parseClean("""
                topology T
                host HV01 platform hyperv-2012 {
                    switch Lab internal
                    switch Isolated private
                    vm Router01 {
                        nic eth0 mac 00-15-5D-01-02-03 vlan 42 on Lab { ipv4 static 10.0.0.1/24 gateway 10.0.0.254 dns 10.0.0.1 }
                        nic eth1 on Isolated { ipv4 dhcp }
                        nic spare
                        dhcp-server on eth0 range 10.0.0.100 - 10.0.0.199 gateway 10.0.0.254 dns 10.0.0.1
                        routing
                    }
                }
                """).getHosts().get(0);
        VirtualMachine vm = host.getVms().get(0);
        assertEquals("Router01", vm.getName());
        assertTrue(vm.isRouting());

        VmNic eth0 = vm.getNics().get(0);
        assertEquals(MacAddress.valueOf("00-15-5D-01-02-03"), eth0.getMac());
        assertEquals(Integer.valueOf(42), eth0.getVlan());
        assertSame(host.getSwitches().get(0), eth0.getSwitch());
        StaticIpv4Config ipv4 = assertInstanceOf(StaticIpv4Config.class, eth0.getIpv4());
        assertEquals(Ipv4Cidr.valueOf("10.0.0.1/24"), ipv4.getAddress());
        assertEquals(Ipv4Address.valueOf("10.0.0.254"), ipv4.getGateway());

        VmNic eth1 = vm.getNics().get(1);
        assertSame(host.getSwitches().get(1), eth1.getSwitch());
        assertNull(eth1.getVlan());
        assertInstanceOf(DhcpIpv4Config.class, eth1.getIpv4());

        VmNic spare = vm.getNics().get(2);
        assertNull(spare.getSwitch());
        assertNull(spare.getIpv4());

        VmDhcpServer dhcp = vm.getDhcpServers().get(0);
        assertSame(eth0, dhcp.getNic());
        assertEquals(Ipv4Address.valueOf("10.0.0.100"), dhcp.getRangeStart());
        assertEquals(Ipv4Address.valueOf("10.0.0.199"), dhcp.getRangeEnd());
        assertEquals(Ipv4Address.valueOf("10.0.0.254"), dhcp.getGateway());
        assertEquals(List.of(Ipv4Address.valueOf("10.0.0.1")), dhcp.getDns());
    }

    @Test
    void vmOnOneLineDoesNotRoute() {
        VirtualMachine vm = parseClean("""
                topology T
                host HV01 platform hyperv-2008 { switch Lab internal vm Web01 { nic eth0 on Lab { ipv4 dhcp } } }
                """).getHosts().get(0).getVms().get(0);
        assertFalse(vm.isRouting());
        assertEquals(1, vm.getNics().size());
        assertTrue(vm.getDhcpServers().isEmpty());
    }

    @Test
    void vlanZeroIsKeptAsAValue() {
        VmNic nic = parseClean("""
                topology T
                host HV01 platform hyperv-2008 { switch Lab internal vm A { nic eth0 vlan 0 on Lab } }
                """).getHosts().get(0).getVms().get(0).getNics().get(0);
        assertEquals(Integer.valueOf(0), nic.getVlan());
    }
}
