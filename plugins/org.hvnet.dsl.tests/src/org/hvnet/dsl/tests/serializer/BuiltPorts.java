// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.tests.serializer;

import java.util.List;

import org.hvnet.model.AclAction;
import org.hvnet.model.AclDirection;
import org.hvnet.model.Binding;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Ipv4Config;
import org.hvnet.model.PortAcl;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VlanTrunk;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.MacAddress;
import org.hvnet.model.values.VlanRange;

/** The optional parts of ports and interfaces, set on elements built in memory, one choice per index. */
final class BuiltPorts {

    static final HvnetFactory MODEL = HvnetFactory.eINSTANCE;

    private BuiltPorts() {
    }

    /** No MAC, or one. */
    static void mac(org.hvnet.model.Interface nic, int choice) {
        nic.setMac(choice == 0 ? null : MacAddress.valueOf("00-15-5D-00-00-0" + choice));
    }

    /** No VLAN (0), an access VLAN (1), a trunk of one VLAN (2) or of a VLAN and a range (3). */
    static void vlan(VirtualPort port, int choice) {
        if (choice == 1) {
            port.setVlan(20);
        } else if (choice >= 2) {
            VlanTrunk trunk = MODEL.createVlanTrunk();
            trunk.getAllowed().add(VlanRange.valueOf("10"));
            if (choice == 3) {
                trunk.getAllowed().add(VlanRange.valueOf("30-39"));
            }
            trunk.setNativeVlan(10);
            port.setTrunk(trunk);
        }
    }

    /** No binding (0), one (1), three (2). */
    static List<Binding> bindings(int choice) {
        return List.of(List.<Binding>of(), List.of(Binding.VSWITCH), List.of(Binding.CLIENT, Binding.TCPIP4, Binding.LLTD)).get(choice);
    }

    /** No address (0), DHCP (1), static with neither gateway nor DNS (2), with a gateway (3), with a gateway and two DNS servers (4). */
    static Ipv4Config ipv4(int choice) {
        if (choice == 0) {
            return null;
        }
        if (choice == 1) {
            return MODEL.createDhcpIpv4Config();
        }
        StaticIpv4Config config = MODEL.createStaticIpv4Config();
        config.setAddress(Ipv4Cidr.valueOf("10.0.0." + choice + "/24"));
        if (choice >= 3) {
            config.setGateway(Ipv4Address.valueOf("10.0.0.1"));
        }
        if (choice == 4) {
            config.getDns().addAll(List.of(Ipv4Address.valueOf("10.0.0.2"), Ipv4Address.valueOf("10.0.0.3")));
        }
        return config;
    }

    /** {@code count} ACL rules, of different actions and directions. */
    static List<PortAcl> acls(int count) {
        List<PortAcl> acls = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            PortAcl acl = MODEL.createPortAcl();
            acl.setAction(i % 2 == 0 ? AclAction.ALLOW : AclAction.DENY);
            acl.setDirection(AclDirection.values()[i % 3]);
            acl.setRemotePrefix(Ipv4Cidr.valueOf("10." + i + ".0.0/16"));
            acls.add(acl);
        }
        return acls;
    }
}
