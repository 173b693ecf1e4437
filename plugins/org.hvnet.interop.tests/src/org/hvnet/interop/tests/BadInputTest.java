// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.hvnet.interop.tests.Inventories.fixture;
import static org.hvnet.interop.tests.Inventories.messages;
import static org.hvnet.interop.tests.Inventories.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryReader;
import org.hvnet.interop.inventory.InventoryReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad inputs: each is one clear error naming the file (and the place), or warnings naming the key. */
class BadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "bad/truncated.json      | :414:30: error: the JSON ends early inside $[\"Get-DnsClientServerAddress\"] (is the file truncated?)",
        "bad/other-tool.json     | : error: this JSON is not an inventory: none of its keys is a cmdlet HVNet reads (it has \"version\", \"terraform_version\"",
        "bad/exported.xml        | : error: this is a CLIXML file (Export-Clixml output), not JSON",
        "bad/export-csv.json     | : error: this is Export-Csv output, not JSON",
        "bad/format-table.txt    | : error: this is PowerShell's table output (Format-Table), not JSON",
        "bad/empty.json          | : error: the file is empty",
        "bad/two-documents.json  | :14:2: error: more text follows the end of the JSON value",
        "bad/Get-VMSwitch.json   | : error: this is a JSON array, not an inventory",
        "bad/missing.json        | : error: no such file or directory",
    })
    void unreadableInputIsOneErrorNamingTheFileAndNoInventory(String name, String expected) {
        InventoryReading reading = read(name);
        assertNull(reading.inventory());
        assertEquals(1, reading.problems().size(), messages(reading));
        InventoryProblem error = reading.errors().get(0);
        assertEquals(fixture(name).toString(), error.file());
        assertTrue(error.toString().startsWith(fixture(name) + expected), error.toString());
    }

    @Test
    void aHostWithoutHyperVIsOneWarningWithTheCollectorsReason() {
        InventoryReading reading = read("bad/no-hyperv.json");
        assertNotNull(reading.inventory());
        assertEquals(1, reading.warnings().size(), messages(reading));
        InventoryProblem warning = reading.warnings().get(0);
        assertEquals("Get-VMHost", warning.source());
        assertTrue(warning.message().contains("(the collector skipped them on the host: Get-VMHost is not available on"
                + " this host): the model lacks every virtual switch, host vNIC and VM"), warning.message());
        assertTrue(reading.inventory().switches().isEmpty());
        assertEquals("FS01", reading.inventory().hostName());
    }

    @Test
    void unknownEnumNumbersAreWarningsNamingTheValueTheKeyAndWhatWindowsWrites() {
        InventoryReading reading = read("bad/unknown-enums.json");
        String text = messages(reading);
        String file = fixture("bad/unknown-enums.json").toString();
        assertTrue(text.contains(file + ":$[\"Get-VMSwitch\"][1].SwitchType: warning: SwitchType 7 is not a value Windows"
                + " writes here (0 Private, 1 Internal, 2 External); switch \"Mystery\" is skipped"), text);
        assertTrue(text.contains("$[\"Get-NetIPAddress\"][0].PrefixOrigin: warning: PrefixOrigin 9 is not a value"), text);
        assertTrue(text.contains("$[\"Get-VMNetworkAdapterVlan\"][1].OperationMode: warning: OperationMode 5"), text);
        assertTrue(text.contains("$[\"Get-VMNetworkAdapter\"][2].DhcpGuard: warning: DhcpGuard 3"), text);
        assertTrue(text.contains("$[\"Get-VM\"][2].State: warning: State 42"), text);
        assertTrue(text.contains("$[\"Get-NetNatStaticMapping\"][1].Protocol: warning: Protocol 99"), text);
        assertTrue(text.contains("$[\"Get-VMNetworkAdapterAcl\"][0].Action: warning: Action 9"), text);
        assertTrue(text.contains("$[\"Get-ComputerInfo\"][0].OsProductType: warning: OsProductType 7"), text);
        assertEquals(8, reading.warnings().size(), text);
        var inventory = reading.inventory();
        assertEquals(1, inventory.switches().size(), "the switch of unknown kind is skipped");
        assertNull(inventory.vms().get(2).state());
        assertNull(inventory.vmNetworkAdapters().get(1).vlan(), "an unknown VLAN mode is an unknown setting");
        assertEquals(1, inventory.staticMappings().size());
        assertNull(inventory.ipAddresses().get(0).prefixOrigin());
    }

    @Test
    void duplicateNamesAreWarningsAndTwinNicsOfAVmAreNumbered() {
        InventoryReading reading = read("bad/duplicate-names.json");
        String text = messages(reading);
        assertTrue(text.contains("$[\"Get-VMSwitch\"]: warning: the key \"Get-VMSwitch\" appears twice in one object;"
                + " the first is read"), text);
        assertTrue(text.contains("$[\"Get-VMSwitch\"][1].Name: warning: two switches are named \"NATSwitch\""), text);
        assertTrue(text.contains("$[\"Get-VM\"][3].Name: warning: two VMs are named \"web\""), text);
        assertTrue(text.contains("$[\"Get-NetAdapter\"][2].Name: warning: two NICs are named \"Ethernet\""), text);
        assertTrue(text.contains("$[\"Get-VMNetworkAdapter\"][4].Name: warning: VM Web has two NICs named \"Network"
                + " Adapter\"; this one is read as \"Network Adapter 2\""), text);
        assertEquals(6, reading.warnings().size(), text);
        var nics = reading.inventory().vmNetworkAdapters().stream().filter(n -> "Web".equals(n.vmName())).toList();
        assertEquals(java.util.List.of("Network Adapter", "Network Adapter 2", "Network Adapter 3"),
                nics.stream().map(n -> n.name()).toList());
        assertEquals("Network Adapter", nics.get(2).windowsName());
        assertEquals(2, reading.inventory().switches().size(), "the shadow key's switch is not read");
    }

    @Test
    void aWindows1252FileIsReadWithAWarning() {
        InventoryReading reading = read("bad/ansi-windows-1252.json");
        assertEquals("Connexion au réseau local", reading.inventory().adapters().get(0).name());
        assertTrue(messages(reading).contains("warning: the file is not UTF-8; read as Windows-1252"), messages(reading));
    }

    @Test
    void aFileLargerThan64MegabytesIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(65L * 1024 * 1024);
        }
        InventoryReading reading = InventoryReader.read(big);
        assertNull(reading.inventory());
        assertEquals(big + ": error: the inventory is 65 MB; HVNet reads inventories of up to 64 MB (a collected"
                + " inventory is usually under 1 MB): is this the right file?", reading.errors().get(0).toString());
    }

    @Test
    void aDirectoryWhoseFilesAreTooLargeTogetherIsRefused(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"Get-VMSwitch.json", "Get-VM.json"}) {
            try (RandomAccessFile file = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
                file.setLength(33L * 1024 * 1024);
            }
        }
        InventoryReading reading = InventoryReader.read(dir);
        assertTrue(reading.errors().get(0).message().startsWith("the inventory is 66 MB"), messages(reading));
    }

    @Test
    void oneUnreadableFileOfADirectoryFailsTheWholeInventory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Get-VMSwitch.json"), "[{\"Name\":\"LAN\",\"SwitchType\":2}]");
        Files.writeString(dir.resolve("Get-VM.json"), "[{\"Name\":\"VM1\",");
        InventoryReading reading = InventoryReader.read(dir);
        assertNull(reading.inventory());
        assertEquals(dir.resolve("Get-VM.json") + ":1:16: error: the JSON ends early inside $[0] (is the file"
                + " truncated?)", reading.errors().get(0).toString());
    }

    @Test
    void aDirectoryOfInventoriesIsNotAnInventory() {
        InventoryReading reading = read("estate");
        assertEquals(fixture("estate") + ": error: this directory holds no <cmdlet>.json file of an inventory (such as"
                + " Get-VMSwitch.json); it holds \"HV-A.json\", \"HV-B.json\": pass each inventory file by itself",
                reading.errors().get(0).toString());
    }
}
