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
import org.hvnet.model.InstallProduct;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Platform;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.Topology;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code host} blocks: platform, preserve-ip-on-install, retired names, physical NICs and the planned install. */
class HostParsingTest {

    @ParameterizedTest
    @CsvSource({ "virtual-pc, VIRTUAL_PC", "virtual-server, VIRTUAL_SERVER", "hyperv-2008, HYPERV_2008",
            "hyperv-2012, HYPERV_2012_PLUS", "hyperv-2016, HYPERV_2016_PLUS", "hyperv-client, HYPERV_CLIENT" })
    void platformKeywordSetsThePlatform(String keyword, Platform platform) {
        Host host = parseClean("topology T\nhost H platform " + keyword + " { }").getHosts().get(0);
        assertEquals(platform, host.getPlatform());
        assertTrue(host.isSetPlatform());
        assertFalse(host.isPreserveIpOnInstall());
    }

    @Test
    void preserveIpOnInstallIsAFlag() {
        Host host = parseClean("topology T\nhost H platform hyperv-2012 preserve-ip-on-install { }").getHosts().get(0);
        assertTrue(host.isPreserveIpOnInstall());
    }

    @Test
    void retiredNamesAreKeptInOrderAcrossLines() {
        Host host = parseClean("""
                topology T
                host HV01 platform hyperv-2008 {
                    retired "Local Area Connection 2", "Local Area Connection 5"
                    retired Old
                }
                """).getHosts().get(0);
        assertEquals(List.of("Local Area Connection 2", "Local Area Connection 5", "Old"), host.getRetiredNames());
    }

    @Test
    void nicWithMacCableBindingsAndStaticAddress() {
        Topology topology = parseClean("""
                topology T
                network Office { subnet 192.168.1.0/24 }
                host HV01 platform hyperv-2008 {
                    nic "Local Area Connection" mac 00-1A-2B-3C-4D-5E cable Office {
                        bind client, file-sharing, qos, tcpip4, tcpip6, lltd, vswitch, vmns
                        ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2, 8.8.8.8
                    }
                }
                """);
        PhysicalNic nic = topology.getHosts().get(0).getNics().get(0);
        assertEquals("Local Area Connection", nic.getName());
        assertEquals(MacAddress.valueOf("00-1A-2B-3C-4D-5E"), nic.getMac());
        assertSame(topology.getNetworks().get(0), nic.getCables().get(0));
        assertEquals(List.of(Binding.CLIENT, Binding.FILE_SHARING, Binding.QOS, Binding.TCPIP4, Binding.TCPIP6,
                Binding.LLTD, Binding.VSWITCH, Binding.VMNS), nic.getBindings());
        StaticIpv4Config ipv4 = assertInstanceOf(StaticIpv4Config.class, nic.getIpv4());
        assertEquals(Ipv4Cidr.valueOf("192.168.1.10/24"), ipv4.getAddress());
        assertEquals(Ipv4Address.valueOf("192.168.1.1"), ipv4.getGateway());
        assertEquals(List.of(Ipv4Address.valueOf("192.168.1.2"), Ipv4Address.valueOf("8.8.8.8")), ipv4.getDns());
    }

    @Test
    void staticAddressWithoutGatewayOrDns() {
        PhysicalNic nic = parseClean("""
                topology T
                host H platform hyperv-2012 { nic eth0 { ipv4 static 10.0.0.5/8 } }
                """).getHosts().get(0).getNics().get(0);
        StaticIpv4Config ipv4 = assertInstanceOf(StaticIpv4Config.class, nic.getIpv4());
        assertEquals(Ipv4Cidr.valueOf("10.0.0.5/8"), ipv4.getAddress());
        assertNull(ipv4.getGateway());
        assertTrue(ipv4.getDns().isEmpty());
    }

    @Test
    void dhcpNicAndNicWithoutBody() {
        Host host = parseClean("""
                topology T
                host H platform virtual-server {
                    nic eth0 { ipv4 dhcp }
                    nic eth1
                    nic eth2 mac 00:1a:2b:3c:4d:5f
                }
                """).getHosts().get(0);
        assertInstanceOf(DhcpIpv4Config.class, host.getNics().get(0).getIpv4());
        PhysicalNic bare = host.getNics().get(1);
        assertEquals("eth1", bare.getName());
        assertNull(bare.getIpv4());
        assertNull(bare.getMac());
        assertTrue(bare.getCables().isEmpty());
        assertTrue(bare.getBindings().isEmpty());
        assertEquals(MacAddress.valueOf("00-1A-2B-3C-4D-5F"), host.getNics().get(2).getMac());
    }

    @Test
    void installHypervUsingSeveralNics() {
        Host host = parseClean("""
                topology T
                host HV01 platform hyperv-2008 {
                    nic "Local Area Connection"
                    nic LAN2
                    install hyperv using "Local Area Connection", LAN2
                }
                """).getHosts().get(0);
        assertEquals(InstallProduct.HYPERV, host.getInstall().getProduct());
        assertTrue(host.getInstall().isSetProduct());
        assertEquals(host.getNics(), host.getInstall().getNics());
    }
}
