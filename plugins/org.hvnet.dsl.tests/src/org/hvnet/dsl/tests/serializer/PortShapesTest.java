// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import static org.hvnet.dsl.tests.serializer.BuiltPorts.MODEL;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.junit.jupiter.api.Test;

/**
 * VM NICs, host vNICs and physical NICs built in memory with every combination of their optional parts, lists and
 * alternatives (MAC, access VLAN or trunk, switch, guards, bindings, static or DHCP address, ACLs, cables) are written
 * by the language's sequencer exactly as the generic sequencer writes them.
 */
class PortShapesTest {

    @Test
    void vmNicsWithEveryOptionAndNone() {
        Topology topology = BuiltLab.lab();
        Host host = topology.getHosts().get(0);
        int count = 0;
        for (int mac = 0; mac < 2; mac++) {
            for (int vlan = 0; vlan < 4; vlan++) {
                for (int onSwitch = 0; onSwitch < 2; onSwitch++) {
                    for (int body = 0; body < 3 * 5 * 3; body++) {
                        VirtualMachine vm = BuiltLab.vm(host, "VM" + count++);
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
        Topology topology = BuiltLab.lab();
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
        Topology topology = BuiltLab.lab();
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
}
