package org.hvnet.simulation.snapshot;

/**
 * One RRAS NAT of a host (rule T-6) by port index: the public port, the private ports, and the private
 * addresses that port mappings admit from the public side (with a description of each mapping).
 */
public record NatRule(int publicPort, int[] privatePorts, int[] mappedAddresses, String[] mappingTexts) {

    /** True when {@code port} is one of the private ports. */
    public boolean isPrivate(int port) {
        for (int p : privatePorts) {
            if (p == port) {
                return true;
            }
        }
        return false;
    }

    /** The index of the port mapping admitting {@code address}, or -1. */
    public int mappingFor(int address) {
        for (int i = 0; i < mappedAddresses.length; i++) {
            if (mappedAddresses[i] == address) {
                return i;
            }
        }
        return -1;
    }
}
