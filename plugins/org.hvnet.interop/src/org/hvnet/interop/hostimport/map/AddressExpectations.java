// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.AddressExpectation;
import org.hvnet.model.AddressOutcome;
import org.hvnet.model.Endpoint;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.NamedElement;
import org.hvnet.model.values.Ipv4Address;

/**
 * The addresses the hosts observed, as {@code expect address} lines in the order found: a static address as the
 * address itself, a lease as {@code dhcp from NETWORK}, a self-configured one as {@code apipa}.
 */
final class AddressExpectations {

    private final List<AddressExpectation> expectations = new ArrayList<>();

    /** {@code expect address OWNER.IFACE IP}. */
    void address(NamedElement owner, String iface, Ipv4Address address) {
        AddressExpectation expectation = expectation(owner, iface);
        expectation.setAddress(address);
    }

    /** {@code expect address OWNER.IFACE dhcp from SERVER}. */
    void dhcpFrom(NamedElement owner, String iface, NamedElement server) {
        AddressExpectation expectation = expectation(owner, iface);
        expectation.setOutcome(AddressOutcome.DHCP);
        expectation.setServer(server);
    }

    /** {@code expect address OWNER.IFACE apipa}. */
    void apipa(NamedElement owner, String iface) {
        expectation(owner, iface).setOutcome(AddressOutcome.APIPA);
    }

    /** The expectations in order. */
    List<AddressExpectation> all() {
        return expectations;
    }

    private AddressExpectation expectation(NamedElement owner, String iface) {
        Endpoint target = HvnetFactory.eINSTANCE.createEndpoint();
        target.setOwner(owner);
        target.setInterfaceName(iface);
        AddressExpectation expectation = HvnetFactory.eINSTANCE.createAddressExpectation();
        expectation.setTarget(target);
        expectations.add(expectation);
        return expectation;
    }
}
