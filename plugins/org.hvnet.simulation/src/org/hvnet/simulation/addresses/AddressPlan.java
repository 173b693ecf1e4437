// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.addresses;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.MacAddress;
import org.hvnet.simulation.snapshot.NetworkSnapshot;

/**
 * Every port's IPv4 address after rules, as arrays indexed by port (see {@link DhcpLeasePlanner},
 * which computes it): address and prefix, gateway, source, leasing server, DNS and a note.
 */
public final class AddressPlan {

    final NetworkSnapshot snapshot;
    final boolean[] has;
    final int[] address;
    final int[] prefix;
    final boolean[] hasGateway;
    final int[] gateway;
    final AddressSource[] source;
    final String[] server;
    final EObject[] serverOwner;
    final String[] dns;
    final String[] note;

    AddressPlan(NetworkSnapshot snapshot) {
        this.snapshot = snapshot;
        int n = snapshot.portCount();
        has = new boolean[n];
        address = new int[n];
        prefix = new int[n];
        hasGateway = new boolean[n];
        gateway = new int[n];
        source = new AddressSource[n];
        server = new String[n];
        serverOwner = new EObject[n];
        dns = new String[n];
        note = new String[n];
    }

    /** True when the port has an address. */
    public boolean hasAddress(int port) {
        return has[port];
    }

    /** The address bits of a port that has one. */
    public int address(int port) {
        return address[port];
    }

    /** The prefix length of a port that has an address. */
    public int prefix(int port) {
        return prefix[port];
    }

    /** True when the port has a default gateway. */
    public boolean hasGateway(int port) {
        return hasGateway[port];
    }

    /** The gateway bits of a port that has one. */
    public int gateway(int port) {
        return gateway[port];
    }

    /** Where the port's address comes from. */
    public AddressSource source(int port) {
        return source[port];
    }

    /** The network or VM that leased the address, or null. */
    public String server(int port) {
        return server[port];
    }

    /**
     * The simulated element whose DHCP server leased the address (a network, a VM, a switch of Virtual Server or the
     * Default Switch), or null.
     */
    public EObject serverOwner(int port) {
        return serverOwner[port];
    }

    /** Why a port has no address, or null. */
    public String note(int port) {
        return note[port];
    }

    /** True when {@code target} is in the port's subnet. */
    public boolean inSubnet(int port, int target) {
        int mask = prefix[port] == 0 ? 0 : -1 << (32 - prefix[port]);
        return (address[port] & mask) == (target & mask);
    }

    /** {@code a.b.c.d/n}, or null without address. */
    public String cidr(int port) {
        return has[port] ? Ipv4Address.ofBits(address[port]) + "/" + prefix[port] : null;
    }

    private VlanMembership vlan(int port) {
        int[] trunk = snapshot.trunk(port);
        if (trunk != null) {
            return VlanMembership.trunk(trunk, snapshot.vlan(port));
        }
        return snapshot.vlan(port) == 0 ? null : VlanMembership.access(snapshot.vlan(port));
    }

    /** The rows of the address table: one per model interface, in model order. */
    public List<InterfaceAddress> interfaces() {
        List<InterfaceAddress> rows = new ArrayList<>();
        for (int port = 0; port < snapshot.interfaceCount(); port++) {
            int segment = snapshot.segment(port);
            rows.add(new InterfaceAddress(snapshot.owner(port), snapshot.name(port), snapshot.kind(port).label(),
                    segment < 0 ? null : snapshot.segments().name(segment), cidr(port), source[port], server[port],
                    has[port] && hasGateway[port] ? Ipv4Address.ofBits(gateway[port]).toString() : null, has[port] ? dns[port] : null,
                    note[port], snapshot.mac(port) < 0 ? null : MacAddress.ofBits(snapshot.mac(port)).toString(), vlan(port)));
        }
        return rows;
    }
}
