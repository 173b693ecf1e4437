// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

/**
 * One RRAS NAT of a host (rule T-6) by port index: the public port, the private ports, and the static port mappings
 * ({@code forward}) that admit connections from the public side.
 */
public record NatRule(int publicPort, int[] privatePorts, PortMappings mappings) {

    /** True when {@code port} is one of the private ports. */
    public boolean isPrivate(int port) {
        for (int p : privatePorts) {
            if (p == port) {
                return true;
            }
        }
        return false;
    }
}
