// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.snapshot;

import org.eclipse.emf.ecore.EObject;

/**
 * A DHCP server of one segment (rules A-2, S-5, X-2): its scope as address bits, the prefix of its leases, the options
 * a lease carries, its own address (or -1), the name reports give it, the element that runs it (a network, a VM, a
 * switch of Virtual Server or the Default Switch; simulated), where it is written (rule A-2: with two servers in a
 * segment the first written serves) and whether DhcpGuard drops its offers (X-4: it then serves no one).
 */
public record DhcpServerSpec(String name, EObject owner, long order, boolean guarded, int segment, int rangeStart, int rangeEnd,
        int prefix, boolean hasGateway, int gateway, String dns, int ownAddress, boolean hasOwnAddress) {
}
