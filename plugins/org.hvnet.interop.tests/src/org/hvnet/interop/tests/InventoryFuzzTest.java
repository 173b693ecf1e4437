// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.hvnet.testing.fuzz.ByteMutations;
import org.hvnet.testing.fuzz.FuzzCampaign;
import org.hvnet.testing.fuzz.FuzzReport;
import org.hvnet.testing.fuzz.FuzzSettings;
import org.hvnet.testing.fuzz.InputSource;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the inventory reader ({@link InventoryFuzzTarget}: a result or a clear error naming the file, never an
 * exception, an internal error or a hang) with inputs made from the fixture inventories by byte-level and
 * structure-aware mutation and generated JSON (keys of the cmdlets and their properties, values of every type,
 * deep nesting). A few thousand inputs in the default build; {@code -Dhvnet.fuzz.inputs=1000000} for the long run,
 * {@code -Dhvnet.fuzz.replay=FILE} to replay an input written to {@code target/fuzz}.
 */
class InventoryFuzzTest {

    /** Inputs tried by the default build. */
    static final long DEFAULT_INPUTS = 10_000;

    private static final int LARGEST = 256 * 1024;
    private static final String[] KEYS = {"Get-VMSwitch", "Get-NetAdapter", "Get-ComputerInfo", "Get-VMHost", "Get-VM",
        "Get-VMNetworkAdapterVlan", "Get-VMNetworkAdapterAcl", "Get-VMNetworkAdapter", "Get-NetRoute",
        "Get-NetIPAddress", "Get-NetAdapterBinding", "Get-DnsClientServerAddress", "Get-NetNatStaticMapping",
        "Get-NetNat", "Name", "Enabled", "ComponentID", "InterfaceIndex", "InterfaceAlias", "Id", "NextHop",
        "DestinationPrefix", "VMName", "IsManagementOs", "AddressFamily", "IPAddress", "MacAddress", "PrefixLength",
        "SwitchName", "SwitchType", "OperationMode", "NativeVlanId", "AccessVlanId", "AllowedVlanIdListString",
        "IPAddresses", "Status", "State", "ServerAddresses", "Direction", "Action", "RemoteAddress", "value", "Count",
        "EmbeddedTeamingEnabled", "NetAdapterInterfaceDescriptions", "AllowManagementOS", "ProductType"};
    private static final String[] VALUES = {"null", "true", "false", "0", "-1", "1", "4094", "4095", "4096", "65536",
        "1e999", "-0.5", "99999999999999999999999", "\"\"", "\"Internal\"", "\"External\"", "\"Private\"", "\"Trunk\"",
        "\"Access\"", "\"10.0.0.1\"", "\"fe80::1%3\"", "\"0.0.0.0/0\"", "\"999.1.1.1/99\"", "\"00-15-5D-00-00-01\"",
        "\"1-4095,0-9999\"", "\"\\u0000\"", "\"\\ud800\"", "\"😀\"", "\"vEthernet (Lab)\"", "2", "3", "\"IPv4\""};

    @Test
    void noInputMakesTheReaderThrowHangOrFailInternally() throws IOException {
        Path replay = FuzzSettings.replay();
        if (replay != null) {
            InventoryFuzzTarget.fuzzerTestOneInput(Files.readAllBytes(replay));
            return;
        }
        FuzzReport report = FuzzCampaign.run(FuzzSettings.of("inventory", DEFAULT_INPUTS), source(seeds()),
                InventoryFuzzTarget::fuzzerTestOneInput, "json");
        assertEquals(0, report.failures(), report::describe);
    }

    /** The inputs: a third byte mutations of a fixture, a third structure-aware mutations, a third generated. */
    static InputSource source(List<byte[]> seeds) {
        return random -> switch (random.nextInt(3)) {
            case 0 -> ByteMutations.mutate(seeds.get(random.nextInt(seeds.size())), seeds, random, LARGEST);
            case 1 -> MutationPropertyTest.mutatedText(new String(seeds.get(random.nextInt(seeds.size())),
                    StandardCharsets.UTF_8), new java.util.Random(random.nextLong())).getBytes(StandardCharsets.UTF_8);
            default -> generated(random).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A JSON document of cmdlet keys and values of any type; now and then nested thousands deep. */
    static String generated(SplittableRandom random) {
        StringBuilder json = new StringBuilder();
        if (random.nextInt(20) == 0) {
            int depth = 1 + random.nextInt(20_000);
            String open = random.nextBoolean() ? "[" : "{\"value\":[";
            json.append("{\"Get-VMSwitch\":").append(open.repeat(depth)).append("1")
                    .append((open.equals("[") ? "]" : "]}").repeat(random.nextInt(depth + 1))).append('}');
            return json.toString();
        }
        value(json, random, 0);
        return json.toString();
    }

    private static void value(StringBuilder json, SplittableRandom random, int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(depth > 4 ? 1 : 4);
        if (kind == 0 && depth > 0 && random.nextBoolean() || depth > 4) {
            json.append(VALUES[random.nextInt(VALUES.length)]);
        } else if (kind == 1) {
            json.append('[');
            for (int i = random.nextInt(4); i > 0; i--) {
                value(json, random, depth + 1);
                json.append(i > 1 ? "," : "");
            }
            json.append(']');
        } else {
            json.append('{');
            for (int i = random.nextInt(1, 8); i > 0; i--) {
                json.append('"').append(KEYS[random.nextInt(KEYS.length)]).append("\":");
                value(json, random, depth + 1);
                json.append(i > 1 ? "," : "");
            }
            json.append('}');
        }
    }

    private static List<byte[]> seeds() throws IOException {
        try (Stream<Path> walk = Files.walk(Inventories.folder())) {
            return walk.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
