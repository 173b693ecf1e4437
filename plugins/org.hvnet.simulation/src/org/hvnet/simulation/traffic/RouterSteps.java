// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.simulation.snapshot.DeviceKind;

/**
 * The few ways a network router sends on what a sender's gateway walk hands it (rules T-3a, A-4, X-7, T-8): the walk
 * reaches the router by the same steps whatever the destination (the sender's port, the router's port and its
 * in-coming ACL read only the gateway and the source), and the router then drops a link-local packet, sends a
 * destination in its subnet on-link, past its port's out-going ACL or not, delivers a public one to the internet
 * when it reaches it, and drops the rest (T-3, T-3a). Two destination classes with the same step make the same walk:
 * the devices arrived at, the verdict or the segment of the on-link lookup, and the source are equal, which is all
 * the counts read. So a gateway walk through a router is made once per step, not once per destination class: the
 * tenant networks' routers would otherwise walk every class of the data centre each.
 */
final class RouterSteps {

    /** {@link #port}: the gateway is not a network router, or a step before it reads the destination. */
    static final int NONE = -1;

    private RouterSteps() {
    }

    /**
     * The port of the network router holding the gateway of {@code out} (its first, the one it routes by), or
     * {@link #NONE}: no single holder, not a router, or the packet still has to pass the out-going ACL of {@code out}
     * ({@code pastAcl} false on a port with one), which decides by destination.
     */
    static int port(PacketWalker walker, int out, boolean pastAcl) {
        if (!pastAcl && !walker.net.aclOut(out).isEmpty()) {
            return NONE;
        }
        int device = walker.gatewayDevice(out);
        if (device < 0 || walker.net.deviceKind(device) != DeviceKind.ROUTER) {
            return NONE;
        }
        return walker.net.devicePorts(device)[0];
    }

    /**
     * The step the router of {@code routerPort} takes for a packet from {@code source} to {@code destination}, as
     * {@link PacketWalk} takes it: 0 link-local, 1 on-link past the port's out-going ACL, 2 on-link denied by it
     * 3 to the internet (T-3a), 4 no route (T-3, T-3a).
     */
    static int step(PacketWalker walker, int routerPort, int source, int destination) {
        if (Ipv4Address.ofBits(source).isLinkLocal() || Ipv4Address.ofBits(destination).isLinkLocal()) {
            return 0;
        }
        if (walker.plan.inSubnet(routerPort, destination)) {
            return walker.net.aclOut(routerPort).allows(destination) ? 1 : 2;
        }
        boolean isPublic = !Ipv4Address.ofBits(destination).isPrivateOrSpecial() && !walker.index.inModelSubnets(destination);
        return walker.net.internet(walker.net.device(routerPort)) && isPublic ? 3 : 4;
    }

    /** How many steps {@link #step} tells apart. */
    static int count() {
        return 5;
    }
}
