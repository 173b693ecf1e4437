// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.addresses;

/**
 * One row of the address table: the interface, its segment's name (null when connected nowhere), its address
 * with prefix (null when none), where it came from, the server that leased it, the gateway and DNS it uses, a
 * note saying why when there is no address, its MAC (written or from its host's pool, rule X-5; null when it has
 * none) and its VLAN setting (rule X-3; null when untagged).
 */
public record InterfaceAddress(String owner, String iface, String kind, String segment, String address, AddressSource source,
        String server, String gateway, String dns, String note, String mac, VlanMembership vlan) {

    /** {@code OWNER.IFACE}. */
    public String label() {
        return owner + "." + iface;
    }
}
