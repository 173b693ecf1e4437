// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory.read;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.inventory.NatProtocol;
import org.hvnet.interop.inventory.NatStaticMapping;
import org.hvnet.interop.inventory.NetNat;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;

/** Reads WinNAT: Get-NetNat and Get-NetNatStaticMapping. */
final class NatRows {

    private NatRows() {
    }

    /** Get-NetNat; a NAT without a name or internal prefix is skipped. */
    static List<NetNat> nats(List<JsonRow> rows) {
        List<NetNat> nats = new ArrayList<>();
        NameSet names = new NameSet("a NAT", "NATs", "both are read");
        for (JsonRow row : rows) {
            String name = names.nameOf(row);
            Ipv4Cidr prefix = name == null ? null : row.cidr("InternalIPInterfaceAddressPrefix");
            if (name != null && prefix == null) {
                row.warn("InternalIPInterfaceAddressPrefix", "NAT \"" + name + "\" has no valid"
                        + " InternalIPInterfaceAddressPrefix; skipped");
            }
            if (prefix != null) {
                nats.add(new NetNat(name, prefix, row.bool("Active", true)));
            }
        }
        return nats;
    }

    /** Get-NetNatStaticMapping; a mapping without protocol, external port or internal address is skipped. */
    static List<NatStaticMapping> staticMappings(List<JsonRow> rows) {
        List<NatStaticMapping> mappings = new ArrayList<>();
        for (JsonRow row : rows) {
            String nat = row.text("NatName");
            row.describing(nat);
            NatProtocol protocol = row.enumValue("Protocol", NatProtocol.class, "the mapping is skipped");
            Integer external = row.integer("ExternalPort", 0, 65535);
            Integer internal = row.integer("InternalPort", 0, 65535);
            Ipv4Address address = row.ipv4("InternalIPAddress");
            if (nat == null || protocol == null || external == null || address == null) {
                if (row.get("Protocol") == null || protocol != null) {
                    row.warn(null, "a static mapping needs NatName, Protocol, ExternalPort and InternalIPAddress;"
                            + " skipped");
                }
                continue;
            }
            mappings.add(new NatStaticMapping(nat, protocol, row.text("ExternalIPAddress"), external, address,
                    internal == null ? external : internal));
        }
        return mappings;
    }
}
