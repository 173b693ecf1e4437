// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.simulation.addresses.InterfaceAddress;
import org.hvnet.simulation.addresses.VlanMembership;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The {@code addresses --json} document: {@code {"interfaces":[{owner, interface, kind, segment, address, source, server,
 * gateway, dns, note, mac, vlan}]}}; {@code vlan} is null (untagged), a number (access) or {@code {"trunk":[...],"native":N}}.
 */
public final class AddressesJson {

    private AddressesJson() {
    }

    /** One interface row; {@code address}, {@code server}, {@code gateway}, {@code segment} are null when absent. */
    public static JsonObject row(InterfaceAddress row) {
        JsonObject json = new JsonObject();
        json.addProperty("owner", row.owner());
        json.addProperty("interface", row.iface());
        json.addProperty("kind", row.kind());
        json.addProperty("segment", row.segment());
        json.addProperty("address", row.address());
        json.addProperty("source", row.source().label());
        json.addProperty("server", row.server());
        json.addProperty("gateway", row.gateway());
        json.addProperty("dns", row.dns());
        json.addProperty("note", row.note());
        json.addProperty("mac", row.mac());
        json.add("vlan", vlan(row.vlan()));
        return json;
    }

    /** Rule X-3: null for an untagged port, the access VLAN, or a trunk's allowed VLANs and native VLAN. */
    private static JsonElement vlan(VlanMembership vlan) {
        if (vlan == null) {
            return JsonNull.INSTANCE;
        }
        if (!vlan.isTrunk()) {
            return new JsonPrimitive(vlan.access());
        }
        JsonObject trunk = new JsonObject();
        JsonArray allowed = new JsonArray();
        vlan.trunk().forEach(allowed::add);
        trunk.add("trunk", allowed);
        trunk.addProperty("native", vlan.nativeVlan());
        return trunk;
    }

    /** The rows as the {@code interfaces} array. */
    public static JsonArray interfaces(List<InterfaceAddress> rows) {
        JsonArray interfaces = new JsonArray();
        rows.forEach(r -> interfaces.add(row(r)));
        return interfaces;
    }
}
