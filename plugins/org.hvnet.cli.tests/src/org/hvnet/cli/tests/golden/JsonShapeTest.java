// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The JSON documents of DSL.md, field by field: names, types, nulls serialized, exactly one document on stdout. */
class JsonShapeTest {

    private static String article() {
        return HvnetTestFiles.repositoryRoot().resolve("examples/article.hvnet").toString();
    }

    private static JsonObject json(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode(), run::toString);
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static void assertFields(JsonObject object, String... names) {
        for (String name : names) {
            assertTrue(object.has(name), () -> "field '" + name + "' missing in " + object);
        }
    }

    @Test
    void addressesShape() {
        JsonArray interfaces = json("addresses", article(), "--json").getAsJsonArray("interfaces");
        assertEquals(6, interfaces.size());
        for (JsonElement element : interfaces) {
            JsonObject row = element.getAsJsonObject();
            assertFields(row, "owner", "interface", "kind", "segment", "address", "source", "server", "gateway");
            assertTrue(Set.of("nic", "host-vnic", "vm-nic").contains(row.get("kind").getAsString()));
            assertTrue(Set.of("static", "dhcp", "apipa", "none").contains(row.get("source").getAsString()));
        }
        JsonObject lost = interfaces.get(0).getAsJsonObject();
        assertEquals("HV01", lost.get("owner").getAsString());
        assertEquals("Local Area Connection", lost.get("interface").getAsString());
        assertTrue(lost.get("address").isJsonNull(), "address null when none");
        assertEquals("none", lost.get("source").getAsString());
        JsonObject v = interfaces.get(2).getAsJsonObject();
        assertEquals("Local Area Connection 3", v.get("interface").getAsString());
        assertEquals("host-vnic", v.get("kind").getAsString());
        assertEquals("Office", v.get("segment").getAsString());
        assertEquals("192.168.1.100/24", v.get("address").getAsString());
        assertEquals("dhcp", v.get("source").getAsString());
        assertEquals("Office", v.get("server").getAsString());
        assertEquals("192.168.1.1", v.get("gateway").getAsString());
    }

    @Test
    void traceShape() {
        JsonObject trace = json("trace", article(), "Web01", "8.8.8.8", "--json");
        assertFields(trace, "from", "to", "verdict", "rule", "reason", "hops");
        assertEquals("Web01", trace.get("from").getAsString());
        assertEquals("8.8.8.8", trace.get("to").getAsString());
        assertEquals("DELIVERED", trace.get("verdict").getAsString());
        assertTrue(trace.get("rule").isJsonNull());
        Set<String> kinds = Set.of("interface", "switch", "network", "hypervisor", "router", "nat", "internet");
        for (JsonElement hop : trace.getAsJsonArray("hops")) {
            assertFields(hop.getAsJsonObject(), "at", "kind", "detail");
            assertTrue(kinds.contains(hop.getAsJsonObject().get("kind").getAsString()), hop::toString);
        }
        assertEquals("Web01.eth0", trace.getAsJsonArray("hops").get(0).getAsJsonObject().get("at").getAsString());
        JsonObject dropped = json("trace", article(), "Db01", "HV01", "--json");
        assertEquals("DROPPED", dropped.get("verdict").getAsString());
        assertEquals("T-3", dropped.get("rule").getAsString());
    }

    @Test
    void reachShape() {
        JsonObject reach = json("reach", article(), "--json");
        JsonArray endpoints = reach.getAsJsonArray("endpoints");
        JsonArray rows = reach.getAsJsonArray("reachable");
        assertEquals(endpoints.size(), rows.size());
        for (JsonElement row : rows) {
            assertEquals(endpoints.size(), row.getAsJsonArray().size());
            row.getAsJsonArray().forEach(cell -> assertTrue(cell.getAsJsonPrimitive().isBoolean()));
        }
        int web = List.of(endpoints.asList().stream().map(JsonElement::getAsString).toArray()).indexOf("Web01.eth0");
        int internet = List.of(endpoints.asList().stream().map(JsonElement::getAsString).toArray()).indexOf("internet");
        assertTrue(rows.get(web).getAsJsonArray().get(internet).getAsBoolean(), "row = source: Web01 reaches the internet");
    }

    @Test
    void installShape() {
        JsonObject install = json("install", article(), "--host", "HV01", "--json");
        assertFields(install, "host", "changed", "created", "unbound", "lost");
        assertEquals("HV01", install.get("host").getAsString());
        assertTrue(install.get("changed").getAsBoolean());
        JsonObject vnic = install.getAsJsonArray("created").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("kind").getAsString().equals("host-vnic")).findFirst().orElseThrow();
        assertEquals("Local Area Connection 3", vnic.get("name").getAsString());
        assertEquals(List.of("client", "file-sharing", "qos", "tcpip4", "tcpip6"),
                vnic.getAsJsonArray("bindings").asList().stream().map(JsonElement::getAsString).toList());
        assertEquals("dhcp", vnic.get("ipv4").getAsString());
        JsonObject vswitch = install.getAsJsonArray("created").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("kind").getAsString().equals("switch")).findFirst().orElseThrow();
        assertEquals("external", vswitch.get("type").getAsString());
        assertEquals("Local Area Connection", vswitch.get("nic").getAsString());
        JsonObject unbound = install.getAsJsonArray("unbound").get(0).getAsJsonObject();
        assertEquals("Local Area Connection", unbound.get("nic").getAsString());
        assertEquals(5, unbound.getAsJsonArray("removed").size());
        assertEquals("vswitch", unbound.getAsJsonArray("bound").get(0).getAsString());
        JsonObject lost = install.getAsJsonArray("lost").get(0).getAsJsonObject();
        assertEquals("ipv4 static 192.168.1.10/24 gateway 192.168.1.1 dns 192.168.1.2", lost.get("setting").getAsString());
    }

    @Test
    void checkCountsAndExitCodes() {
        CommandRun run = CommandRun.of("check", article());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().endsWith("5 passed, 0 failed\n"), run::toString);
        assertEquals(2, CommandRun.of("trace", article(), "Web01").exitCode());
        assertEquals(2, CommandRun.of("trace", article(), "Nobody", "Web01").exitCode());
        assertEquals(2, CommandRun.of("install", article()).exitCode());
        assertEquals(2, CommandRun.of("addresses", "/no/such/file.hvnet").exitCode());
    }
}
