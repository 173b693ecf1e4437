// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.Objects;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.NetNat;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Address;

/** The known subnet of an internal or private switch's segment: its host vNIC's static address, or a NetNat prefix. */
final class LocalSubnets {

    private LocalSubnets() {
    }

    /** The prefix length of the subnet holding {@code ip} on {@code vswitch} (VLAN {@code vlan}), else {@code fallback}. */
    static int prefixOn(VirtualSwitch vswitch, Host host, Ipv4Address ip, Integer vlan, int fallback) {
        for (HostVirtualNic vnic : vswitch.getHostVnics()) {
            if (vnic.getIpv4() instanceof StaticIpv4Config config && config.getAddress() != null
                    && Objects.equals(vnic.getVlan(), vlan) && config.getAddress().subnet().contains(ip)) {
                return config.getAddress().prefix();
            }
        }
        for (NetNat nat : host.getNetNats()) {
            if (nat.getInternalPrefix() != null && nat.getInternalPrefix().contains(ip)) {
                return nat.getInternalPrefix().prefix();
            }
        }
        return fallback;
    }
}
