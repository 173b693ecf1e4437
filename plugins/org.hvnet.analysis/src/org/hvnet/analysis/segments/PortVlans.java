// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.segments;

import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.VirtualPort;

/**
 * The VLAN a switch port's own address is in (rule X-3): its access VLAN, a trunk's native VLAN, or
 * {@link #UNTAGGED}; and the VLAN a physical network has on the cables that carry it. Ids are taken as written (ids
 * outside 1-4094 are V-15 errors; the simulation still places the port by the written id).
 */
public final class PortVlans {

    /** The untagged (default) VLAN of a port or network without a {@code vlan}. */
    public static final int UNTAGGED = 0;

    private PortVlans() {
    }

    /** The VLAN of {@code iface}: access VLAN, trunk native VLAN, or {@link #UNTAGGED} (physical NICs are untagged). */
    public static int of(Interface iface) {
        if (iface instanceof VirtualPort port) {
            if (port.getTrunk() != null && port.getTrunk().getNativeVlan() != null) {
                return port.getTrunk().getNativeVlan();
            }
            if (port.getVlan() != null) {
                return port.getVlan();
            }
        }
        return UNTAGGED;
    }

    /** The VLAN of a physical network on its cables: its {@code vlan}, or {@link #UNTAGGED}. */
    public static int of(Network network) {
        return network.getVlan() == null ? UNTAGGED : network.getVlan();
    }
}
