// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.testing.CommandRun;
import org.hvnet.testing.HvnetTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The command's output for today's Hyper-V: the MAC (rule X-5) and VLAN (rule X-3) of every interface in
 * {@code addresses}, as text columns and JSON fields, and {@code trace --port}, which follows static port mappings
 * (rule X-1); a bad port is bad usage.
 */
class TodaysHyperVCommandTest {

    private static String example(String name) {
        return HvnetTestFiles.repositoryRoot().resolve("examples").resolve(name).toString();
    }

    private static JsonObject row(JsonArray interfaces, String owner, String iface) {
        return interfaces.asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("owner").getAsString().equals(owner) && o.get("interface").getAsString().equals(iface)).findFirst()
                .orElseThrow(() -> new AssertionError(owner + "." + iface + " not in " + interfaces));
    }

    @Test
    void addressesJsonFieldsOnTheConvergedLab() {
        CommandRun run = CommandRun.of("addresses", example("converged-set-2022.hvnet"), "--json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonArray interfaces = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("interfaces");
        JsonObject app = row(interfaces, "App22", "eth0");
        assertEquals("00-15-5D-00-15-01", app.get("mac").getAsString());
        assertTrue(app.get("vlan").isJsonNull(), "untagged");
        JsonObject management = row(interfaces, "HV22", "vEthernet (Management)");
        assertEquals(10, management.get("vlan").getAsInt());
        assertEquals("CorpMgmt", management.get("segment").getAsString());
        assertTrue(row(interfaces, "HV22", "SLOT 1 Port 1").get("mac").isJsonNull(), "a physical NIC without a written MAC");
    }

    @Test
    void aTrunksVlanIsItsAllowedListAndNativeVlan(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("trunk.hvnet");
        Files.writeString(file, """
                topology Trunk
                host H platform hyperv-2016 {
                    switch S private
                    vm R { nic eth0 on S vlan trunk 10, 30-32 native 10 { ipv4 static 10.0.0.1/24 } }
                }
                """);
        CommandRun json = CommandRun.of("addresses", file.toString(), "--json");
        JsonObject vlan = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("interfaces").get(0).getAsJsonObject()
                .getAsJsonObject("vlan");
        assertEquals(List.of(10, 30, 31, 32), vlan.getAsJsonArray("trunk").asList().stream().map(JsonElement::getAsInt).toList());
        assertEquals(10, vlan.get("native").getAsInt());
        List<List<String>> table = CommandRun.of("addresses", file.toString()).out().lines().map(line -> List.of(line.split(" {2,}")))
                .toList();
        assertEquals(List.of(List.of("INTERFACE", "KIND", "SEGMENT", "ADDRESS", "SOURCE", "SERVER", "GATEWAY", "MAC", "VLAN"),
                List.of("R.eth0", "vm-nic", "H.S vlan 10", "10.0.0.1/24", "static", "-", "-", "00-15-5D-00-00-00", "trunk 10,30-32 native 10")),
                table);
    }

    @Test
    void traceWithAPortFollowsTheStaticMapping() {
        CommandRun text = CommandRun.of("trace", example("nat-switch.hvnet"), "Ws01", "192.168.50.20", "--port", "tcp/8080");
        assertEquals(0, text.exitCode(), text::toString);
        List<String> lines = text.out().lines().toList();
        assertEquals("trace Ws01 -> 192.168.50.20 tcp/8080", lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.endsWith("  nat        HV19: destination 192.168.50.20:8080 -> 172.20.0.10:80"
                + " (static mapping tcp 8080 -> 172.20.0.10:80 of NetNat LabNat)")), text::toString);
        assertEquals("DELIVERED: delivered to NatWeb", lines.get(lines.size() - 1));
        JsonObject json = JsonParser.parseString(CommandRun.of("trace", example("nat-switch.hvnet"), "Ws01", "192.168.50.20", "--port=tcp/8080",
                "--json").out()).getAsJsonObject();
        assertEquals("tcp/8080", json.get("port").getAsString());
        assertEquals("DELIVERED", json.get("verdict").getAsString());
        JsonObject without = JsonParser.parseString(CommandRun.of("trace", example("nat-switch.hvnet"), "Ws01", "192.168.50.20", "--json").out())
                .getAsJsonObject();
        assertTrue(!without.has("port"), "no port field without --port");
        assertEquals("delivered to HV19", without.get("reason").getAsString());
    }

    @Test
    void aPortThatIsNoPortIsBadUsage() {
        for (String port : List.of("tcp/70000", "tcp/0", "icmp/8", "8080", "tcp/")) {
            CommandRun run = CommandRun.of("trace", example("nat-switch.hvnet"), "Ws01", "192.168.50.20", "--port", port);
            assertEquals(2, run.exitCode(), run::toString);
            assertEquals("hvnet trace: --port '" + port + "' is not a port: write tcp/N or udp/N with N from 1 to 65535, like tcp/8080",
                    run.err().lines().findFirst().orElse(""), run::toString);
        }
    }

    @Test
    void anAclDropIsAHopOfKindAclAndCitesX7() {
        JsonObject trace = JsonParser.parseString(CommandRun.of("trace", example("vlan-tenants-acl.hvnet"), "AApp", "ADb", "--json").out())
                .getAsJsonObject();
        assertEquals("DROPPED", trace.get("verdict").getAsString());
        assertEquals("X-7", trace.get("rule").getAsString());
        JsonArray hops = trace.getAsJsonArray("hops");
        JsonObject last = hops.get(hops.size() - 1).getAsJsonObject();
        assertEquals("acl", last.get("kind").getAsString());
        assertEquals("ADb.eth0", last.get("at").getAsString());
    }
}
