// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.List;

import org.hvnet.interop.inventory.AclAction;
import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.OnOffState;
import org.hvnet.interop.inventory.PortAcl;
import org.hvnet.interop.inventory.VlanMode;
import org.hvnet.interop.inventory.VlanSetting;
import org.hvnet.interop.inventory.VmNetworkAdapter;
import org.hvnet.model.AclDirection;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VlanTrunk;
import org.hvnet.model.VmNic;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.model.values.VlanRange;

/** A switch port's settings from Hyper-V: its VLAN (rule X-3), port ACLs and, on a VM NIC, the guards. */
final class PortSettings {

    private final String file;
    private final ImportWarnings warnings;

    PortSettings(String file, ImportWarnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Sets the VLAN, ACLs and guards of {@code adapter} on {@code port}; {@code item} names the port in warnings. */
    void apply(VmNetworkAdapter adapter, VirtualPort port, String item) {
        vlan(adapter.vlan(), port, item);
        for (PortAcl acl : adapter.acls()) {
            acl(acl, port, item);
        }
        if (port instanceof VmNic nic) {
            nic.setDhcpGuard(adapter.dhcpGuard() == OnOffState.ON);
            nic.setRouterGuard(adapter.routerGuard() == OnOffState.ON);
            nic.setMacAddressSpoofing(adapter.macAddressSpoofing() == OnOffState.ON);
        } else if (adapter.dhcpGuard() == OnOffState.ON || adapter.routerGuard() == OnOffState.ON
                || adapter.macAddressSpoofing() == OnOffState.ON) {
            warnings.warn(file, InventoryKey.GET_VM_NETWORK_ADAPTER, item, "the guards of host vNIC " + item
                    + " are not modeled (rule X-4 is about VM NICs)");
        }
    }

    /** The VLAN a port's own traffic is in: the access VLAN, a trunk's native VLAN, or null when untagged. */
    static Integer ownVlan(VlanSetting vlan) {
        if (vlan == null) {
            return null;
        }
        if (vlan.mode() == VlanMode.ACCESS && vlan.accessVlanId() > 0) {
            return vlan.accessVlanId();
        }
        return vlan.mode() == VlanMode.TRUNK && vlan.nativeVlanId() > 0 ? vlan.nativeVlanId() : null;
    }

    private void vlan(VlanSetting vlan, VirtualPort port, String item) {
        if (vlan == null || vlan.mode() == VlanMode.UNTAGGED) {
            return;
        }
        switch (vlan.mode()) {
            case ACCESS -> port.setVlan(vlan.accessVlanId());
            case TRUNK -> {
                VlanTrunk trunk = HvnetFactory.eINSTANCE.createVlanTrunk();
                trunk.getAllowed().addAll(ranges(vlan.allowedVlanIds()));
                trunk.setNativeVlan(vlan.nativeVlanId());
                port.setTrunk(trunk);
            }
            default -> warnings.warn(file, InventoryKey.GET_VM_NETWORK_ADAPTER_VLAN, item, "private VLANs are not modeled: "
                    + item + " is taken as untagged");
        }
    }

    private void acl(PortAcl acl, VirtualPort port, String item) {
        String rule = acl.action().windowsName() + " " + acl.direction().windowsName() + " " + acl.remoteAddress();
        Ipv4Cidr remote = acl.remoteIpv4();
        if (acl.action() == AclAction.METER || remote == null
                || (acl.localAddress() != null && !acl.localAddress().equalsIgnoreCase("ANY"))) {
            String why = acl.action() == AclAction.METER ? "metering rules are not modeled"
                    : remote == null ? "only IPv4 remote addresses are modeled" : "local addresses are not modeled";
            warnings.warn(file, InventoryKey.GET_VM_NETWORK_ADAPTER_ACL, item, "port ACL '" + rule + "' of " + item
                    + " is left out: " + why);
            return;
        }
        org.hvnet.model.PortAcl modeled = HvnetFactory.eINSTANCE.createPortAcl();
        modeled.setAction(acl.action() == AclAction.ALLOW ? org.hvnet.model.AclAction.ALLOW : org.hvnet.model.AclAction.DENY);
        modeled.setDirection(switch (acl.direction()) {
            case INBOUND -> AclDirection.IN;
            case OUTBOUND -> AclDirection.OUT;
            case BOTH -> AclDirection.BOTH;
        });
        modeled.setRemotePrefix(remote);
        port.getAcls().add(modeled);
    }

    /** Ascending ids as ranges: 30, 40, 41, 42 is 30, 40-42. */
    static List<VlanRange> ranges(List<Integer> ids) {
        java.util.List<VlanRange> ranges = new java.util.ArrayList<>();
        int i = 0;
        while (i < ids.size()) {
            int first = ids.get(i);
            int last = first;
            while (i + 1 < ids.size() && ids.get(i + 1) == last + 1) {
                last = ids.get(++i);
            }
            ranges.add(VlanRange.of(first, last));
            i++;
        }
        return ranges;
    }
}
