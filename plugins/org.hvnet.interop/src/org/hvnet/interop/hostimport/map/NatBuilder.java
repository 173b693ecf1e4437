// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.NatProtocol;
import org.hvnet.interop.inventory.NatStaticMapping;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.NetNat;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Protocol;

/** WinNAT (rule X-1): each Get-NetNat row as a {@code netnat} with its static mappings (Get-NetNatStaticMapping). */
final class NatBuilder {

    private NatBuilder() {
    }

    static void addTo(Host host, HostMapping mapping) {
        UniqueNames names = new UniqueNames();
        for (org.hvnet.interop.inventory.NetNat row : mapping.inventory.nats()) {
            NetNat nat = HvnetFactory.eINSTANCE.createNetNat();
            nat.setName(names.claim(row.name()));
            nat.setInternalPrefix(row.internalPrefix());
            String item = mapping.name + "." + row.name();
            if (!row.active()) {
                mapping.warnings.warn(mapping.file(), InventoryKey.GET_NET_NAT, item, "NetNat '" + row.name()
                        + "' is not active on the host; the model translates as if it were");
            }
            for (NatStaticMapping mappingRow : mapping.inventory.staticMappings()) {
                if (row.name().equals(mappingRow.natName())) {
                    nat.getStaticMappings().add(portMapping(mappingRow, mapping, item));
                }
            }
            host.getNetNats().add(nat);
        }
        for (NatStaticMapping row : mapping.inventory.staticMappings()) {
            if (mapping.inventory.nats().stream().noneMatch(nat -> nat.name().equals(row.natName()))) {
                mapping.warnings.warn(mapping.file(), InventoryKey.GET_NET_NAT_STATIC_MAPPING, mapping.name + "." + row.natName(),
                        "static mapping " + row.protocol() + " " + row.externalPort() + " of NetNat '" + row.natName()
                                + "', which Get-NetNat does not list, is left out");
            }
        }
    }

    private static PortMapping portMapping(NatStaticMapping row, HostMapping mapping, String item) {
        PortMapping port = HvnetFactory.eINSTANCE.createPortMapping();
        port.setProtocol(row.protocol() == NatProtocol.TCP ? Protocol.TCP : Protocol.UDP);
        port.setPublicPort(row.externalPort());
        port.setPrivateAddress(row.internalAddress());
        if (row.internalPort() != row.externalPort()) {
            port.setPrivatePort(row.internalPort());
        }
        String external = row.externalIpAddress();
        if (external != null && !external.startsWith("0.0.0.0")) {
            mapping.warnings.warn(mapping.file(), InventoryKey.GET_NET_NAT_STATIC_MAPPING, item, "static mapping "
                    + row.protocol() + " " + row.externalPort() + " listens on " + external
                    + " only; the model forwards the port on every address of the host");
        }
        return port;
    }
}
