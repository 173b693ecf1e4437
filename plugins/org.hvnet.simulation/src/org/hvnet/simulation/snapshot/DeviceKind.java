// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

/** An L3 device of the snapshot: something that owns ports and may forward packets. */
public enum DeviceKind {
    /** A host's parent partition (a router with RRAS routing, T-5, or NAT, T-6). */
    HOST,
    /** A virtual machine (a router with {@code routing}). */
    VM,
    /** A router on a physical network (T-3, T-3a). */
    ROUTER,
    /** A DHCP server device on a physical network; never forwards. */
    DHCP_SERVER
}
