// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

import org.hvnet.simulation.addresses.AddressPlan;
import org.hvnet.simulation.snapshot.NatRule;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * A device's own routing table as the packet walker reads it (T-3, T-5, T-6): the connected subnet that holds a
 * destination (longest prefix, the first port in model order on a tie), and the default route (the NAT public
 * interface's gateway, then the first interface with a gateway). The source classes of the reachability
 * analysis (T-8) read the same table, so that they group exactly the senders the walker treats alike.
 */
final class DeviceRoutes {

    private final NetworkSnapshot net;
    private final AddressPlan plan;

    DeviceRoutes(NetworkSnapshot net, AddressPlan plan) {
        this.net = net;
        this.plan = plan;
    }

    /** The port of {@code device} whose subnet holds {@code destination} with the longest prefix, or -1. */
    int connectedPort(int device, int destination) {
        int best = -1;
        for (int port : net.devicePorts(device)) {
            if (plan.hasAddress(port) && plan.inSubnet(port, destination) && (best < 0 || plan.prefix(port) > plan.prefix(best))) {
                best = port;
            }
        }
        return best;
    }

    /** The port of {@code device} whose gateway is its default route, or -1 when it has none. */
    int defaultPort(int device) {
        for (NatRule nat : net.nat(device)) {
            int port = nat.publicPort();
            if (plan.hasAddress(port) && plan.hasGateway(port)) {
                return port; // rule T-6: the public interface's gateway
            }
        }
        for (int port : net.devicePorts(device)) {
            if (plan.hasAddress(port) && plan.hasGateway(port)) {
                return port;
            }
        }
        return -1;
    }
}
