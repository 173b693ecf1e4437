// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * The MAC (rule X-5) and VLAN (rule X-3) of an interface as the simulation views show them, in the words of
 * {@code hvnet addresses}: the MAC written or taken from the host's pool, the access VLAN or
 * {@code trunk 10,20 native 10}; empty when the interface has none or is untagged.
 */
record LinkLayer(String mac, String vlan) {

    /** No MAC, untagged. */
    static final LinkLayer NONE = new LinkLayer("", "");

    /** The MAC column's text of {@code row}. */
    static String mac(InterfaceAddress row) {
        return row.mac() == null ? "" : row.mac();
    }

    /** The VLAN column's text of {@code row}. */
    static String vlan(InterfaceAddress row) {
        return row.vlan() == null ? "" : row.vlan().text();
    }

    /** The MAC and VLAN of every interface of the address table, by its {@code OWNER.IFACE} label. */
    static Map<String, LinkLayer> byInterface(List<InterfaceAddress> rows) {
        Map<String, LinkLayer> byLabel = new HashMap<>();
        for (InterfaceAddress row : rows) {
            byLabel.put(row.label(), new LinkLayer(mac(row), vlan(row)));
        }
        return byLabel;
    }
}
