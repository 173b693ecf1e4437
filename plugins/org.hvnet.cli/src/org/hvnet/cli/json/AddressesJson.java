package org.hvnet.cli.json;

import java.util.List;

import org.hvnet.simulation.addresses.InterfaceAddress;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code addresses --json} document of DSL.md: {@code {"interfaces":[{owner, interface, kind, segment, address, source, server, gateway}]}}. */
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
        return json;
    }

    /** The rows as the {@code interfaces} array. */
    public static JsonArray interfaces(List<InterfaceAddress> rows) {
        JsonArray interfaces = new JsonArray();
        rows.forEach(r -> interfaces.add(row(r)));
        return interfaces;
    }
}
