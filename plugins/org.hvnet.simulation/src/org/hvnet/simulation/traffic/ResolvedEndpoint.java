// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/**
 * An endpoint of a trace, reach or expectation, resolved on the snapshot: a port (for a host or VM, its first
 * interface with an address), an address, or the internet. {@code problem} says why it could not be resolved.
 */
public record ResolvedEndpoint(String label, int port, boolean hasAddress, int address, boolean internet, String problem) {

    /** An endpoint that names nothing in the model. */
    static ResolvedEndpoint unknown(String label, String problem) {
        return new ResolvedEndpoint(label, -1, false, 0, false, problem);
    }
}
