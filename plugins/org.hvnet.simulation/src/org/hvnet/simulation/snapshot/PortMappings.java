// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import java.util.List;

import org.hvnet.model.PortMapping;
import org.hvnet.model.Protocol;

/**
 * The static port mappings of an RRAS NAT (rule T-6) or of a NetNat: protocol and outside port to an inside
 * address and port. Traces with a destination port follow them; reachability, which has no ports, counts an
 * address as reachable from outside when any mapping points to it.
 */
public final class PortMappings {

    private final Protocol[] protocols;
    private final int[] outsidePorts;
    private final int[] insideAddresses;
    private final int[] insidePorts;
    private final String[] texts;

    PortMappings(List<PortMapping> mappings) {
        List<PortMapping> complete = mappings.stream().filter(m -> m.getPrivateAddress() != null).toList();
        int n = complete.size();
        protocols = new Protocol[n];
        outsidePorts = new int[n];
        insideAddresses = new int[n];
        insidePorts = new int[n];
        texts = new String[n];
        for (int i = 0; i < n; i++) {
            PortMapping m = complete.get(i);
            protocols[i] = m.getProtocol() == null ? Protocol.TCP : m.getProtocol();
            outsidePorts[i] = m.getPublicPort();
            insideAddresses[i] = m.getPrivateAddress().bits();
            insidePorts[i] = m.getPrivatePort() == null ? m.getPublicPort() : m.getPrivatePort();
            texts[i] = protocols[i].getLiteral() + " " + outsidePorts[i] + " -> " + m.getPrivateAddress() + ":" + insidePorts[i];
        }
    }

    /** The inside addresses, one per mapping. */
    public int[] insideAddresses() {
        return insideAddresses.clone();
    }

    /**
     * The mapping that admits a packet from outside to the inside address {@code address}, or -1: any mapping to it
     * when {@code protocol} is null (reachability has no ports), else one to that address, protocol and inside port.
     */
    public int admitting(int address, Protocol protocol, int port) {
        for (int i = 0; i < insideAddresses.length; i++) {
            if (insideAddresses[i] == address && (protocol == null || (protocols[i] == protocol && insidePorts[i] == port))) {
                return i;
            }
        }
        return -1;
    }

    /** The mapping of the outside port {@code port} of {@code protocol}, or -1 (always -1 without a protocol). */
    public int forOutsidePort(Protocol protocol, int port) {
        for (int i = 0; i < outsidePorts.length; i++) {
            if (protocols[i] == protocol && outsidePorts[i] == port) {
                return i;
            }
        }
        return -1;
    }

    /** True when there are no mappings. */
    public boolean isEmpty() {
        return texts.length == 0;
    }

    /** The inside address of mapping {@code mapping}. */
    public int insideAddress(int mapping) {
        return insideAddresses[mapping];
    }

    /** The inside port of mapping {@code mapping}. */
    public int insidePort(int mapping) {
        return insidePorts[mapping];
    }

    /** {@code tcp 8080 -> 172.20.0.10:80}. */
    public String text(int mapping) {
        return texts[mapping];
    }
}
