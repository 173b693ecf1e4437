// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hvnet.simulation.addresses.InterfaceAddress;

/**
 * An interface whose IPv4 address or its origin changed between two versions (rules ): the address before
 * and after (null when none, or when the interface is absent from that version) and where each came from.
 */
public record AddressChange(String iface, String oldAddress, String newAddress, String oldSource, String newSource) {

    /** The interfaces of either version whose address or source differs, in the new version's order then the old's. */
    public static List<AddressChange> between(List<InterfaceAddress> older, List<InterfaceAddress> newer) {
        Map<String, InterfaceAddress> before = byLabel(older);
        Map<String, InterfaceAddress> after = byLabel(newer);
        List<AddressChange> changes = new ArrayList<>();
        after.forEach((label, now) -> {
            InterfaceAddress old = before.get(label);
            if (old == null ? now.address() != null
                    : !Objects.equals(old.address(), now.address()) || old.source() != now.source()) {
                changes.add(new AddressChange(label, old == null ? null : old.address(), now.address(), source(old), source(now)));
            }
        });
        before.forEach((label, old) -> {
            if (!after.containsKey(label) && old.address() != null) {
                changes.add(new AddressChange(label, old.address(), null, source(old), null));
            }
        });
        return List.copyOf(changes);
    }

    private static Map<String, InterfaceAddress> byLabel(List<InterfaceAddress> table) {
        Map<String, InterfaceAddress> rows = new LinkedHashMap<>();
        table.forEach(row -> rows.putIfAbsent(row.label(), row));
        return rows;
    }

    private static String source(InterfaceAddress row) {
        return row == null ? null : row.source().label();
    }
}
