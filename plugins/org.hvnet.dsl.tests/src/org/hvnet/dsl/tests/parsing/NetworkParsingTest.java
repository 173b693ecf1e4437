// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.parsing;

import static org.hvnet.testing.HvnetTestFiles.parseClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.Topology;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.junit.jupiter.api.Test;

/** {@code topology} and {@code network} blocks: subnet, routers with the internet flag, DHCP servers. */
class NetworkParsingTest {

    @Test
    void topologyNameComesFirst() {
        Topology topology = parseClean("topology ArticleLab");
        assertEquals("ArticleLab", topology.getName());
        assertTrue(topology.getNetworks().isEmpty());
    }

    @Test
    void networkHoldsSubnetRoutersAndDhcpServers() {
        Network office = parseClean("""
                topology T
                network Office {
                    subnet 192.168.1.0/24
                    router 192.168.1.1 internet
                    router 192.168.1.254
                    dhcp-server 192.168.1.2 range 192.168.1.100 - 192.168.1.199 gateway 192.168.1.1 dns 192.168.1.2
                    dhcp-server 192.168.1.3 range 192.168.1.200 - 192.168.1.209
                }
                """).getNetworks().get(0);

        assertEquals("Office", office.getName());
        assertEquals(Ipv4Cidr.valueOf("192.168.1.0/24"), office.getSubnet());
        assertEquals(2, office.getRouters().size());
        assertEquals(Ipv4Address.valueOf("192.168.1.1"), office.getRouters().get(0).getAddress());
        assertTrue(office.getRouters().get(0).isInternet());
        assertEquals(Ipv4Address.valueOf("192.168.1.254"), office.getRouters().get(1).getAddress());
        assertFalse(office.getRouters().get(1).isInternet());

        NetworkDhcpServer full = office.getDhcpServers().get(0);
        assertEquals(Ipv4Address.valueOf("192.168.1.2"), full.getAddress());
        assertEquals(Ipv4Address.valueOf("192.168.1.100"), full.getRangeStart());
        assertEquals(Ipv4Address.valueOf("192.168.1.199"), full.getRangeEnd());
        assertEquals(Ipv4Address.valueOf("192.168.1.1"), full.getGateway());
        assertEquals(List.of(Ipv4Address.valueOf("192.168.1.2")), full.getDns());

        NetworkDhcpServer bare = office.getDhcpServers().get(1);
        assertEquals(Ipv4Address.valueOf("192.168.1.209"), bare.getRangeEnd());
        assertNull(bare.getGateway());
        assertTrue(bare.getDns().isEmpty());
    }

    @Test
    void networkMayBeEmptyAndNamedByString() {
        Network lan = parseClean("""
                topology T
                network "Branch LAN" { }
                """).getNetworks().get(0);
        assertEquals("Branch LAN", lan.getName());
        assertNull(lan.getSubnet());
        assertTrue(lan.getRouters().isEmpty());
    }
}
