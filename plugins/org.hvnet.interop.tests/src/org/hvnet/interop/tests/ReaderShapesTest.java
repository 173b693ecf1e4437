// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.hvnet.interop.tests.Inventories.messages;
import static org.hvnet.interop.tests.Inventories.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryReader;
import org.hvnet.interop.inventory.InventoryReading;
import org.hvnet.interop.inventory.SwitchType;
import org.hvnet.interop.inventory.VlanMode;
import org.hvnet.model.values.MacAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes Windows writes, each read alike: encodings, bare objects, enums, MACs, nesting, repeated rows. */
class ReaderShapesTest {

    private static final String SWITCHES = "{\"Get-VMSwitch\":[{\"Name\":\"LAN\",\"SwitchType\":2},"
            + "{\"Name\":\"Lab\",\"SwitchType\":\"Internal\"}]}";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "UTF-16LE"})
    void everyEncodingWindowsWritesReadsAlike(String encoding) {
        byte[] bytes = switch (encoding) {
            case "UTF-8" -> SWITCHES.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 BOM" -> withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8);
            case "UTF-16LE BOM" -> withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);
            case "UTF-16BE BOM" -> withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE);
            default -> SWITCHES.getBytes(StandardCharsets.UTF_16LE);
        };
        InventoryReading reading = InventoryReader.read("x.json", bytes);
        assertEquals(List.of(SwitchType.EXTERNAL, SwitchType.INTERNAL),
                reading.inventory().switches().stream().map(s -> s.type()).toList(), messages(reading));
    }

    @Test
    void aUtf16FileCutInTheMiddleOfACharacterIsAnError() {
        byte[] whole = withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        InventoryReading reading = InventoryReader.read("x.json", cut);
        assertTrue(reading.errors().get(0).message().contains("is not valid UTF-16LE with byte-order mark"),
                messages(reading));
    }

    @Test
    void aBareObjectAnArrayAndThe51ValueCountWrapperAreTheSameRows() {
        Inventory bare = text("{\"Get-VM\":{\"Name\":\"A\",\"State\":2}}").inventory();
        Inventory array = text("{\"Get-VM\":[{\"Name\":\"A\",\"State\":2}]}").inventory();
        Inventory wrapped = text("{\"Get-VM\":{\"value\":[{\"Name\":\"A\",\"State\":2}],\"Count\":1}}").inventory();
        assertEquals(bare.vms(), array.vms());
        assertEquals(bare.vms(), wrapped.vms());
        Inventory listWrapped = text("{\"Get-VMNetworkAdapter\":[{\"Name\":\"N\",\"VMName\":\"A\","
                + "\"IPAddresses\":{\"value\":[\"10.0.0.5\",\"fe80::1\"],\"Count\":2}}]}").inventory();
        assertEquals("[10.0.0.5]", listWrapped.vmNetworkAdapters().get(0).ipAddresses().toString());
        Inventory bareText = text("{\"Get-VMNetworkAdapter\":[{\"Name\":\"N\",\"VMName\":\"A\","
                + "\"IPAddresses\":\"10.0.0.6\"}]}").inventory();
        assertEquals("[10.0.0.6]", bareText.vmNetworkAdapters().get(0).ipAddresses().toString(), "a list of one, bare");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"00155D0A1500", "00-15-5D-0A-15-00", "00:15:5D:0A:15:00", "00155d0a1500", " 00-15-5d-0a-15-00 "})
    void macsInEveryWindowsForm(String mac) {
        Inventory inventory = text("{\"Get-NetAdapter\":[{\"Name\":\"E\",\"MacAddress\":\"" + mac + "\"}]}").inventory();
        assertEquals(MacAddress.valueOf("00-15-5D-0A-15-00"), inventory.adapters().get(0).macAddress());
    }

    @Test
    void aMacThatIsNoneIsAWarningNamingThePath() {
        InventoryReading reading = text("{\"Get-NetAdapter\":[{\"Name\":\"E\",\"MacAddress\":\"00-15-5D-0A\"}]}");
        assertNull(reading.inventory().adapters().get(0).macAddress());
        assertTrue(messages(reading).contains("test.json:$[\"Get-NetAdapter\"][0].MacAddress: warning: MacAddress"
                + " \"00-15-5D-0A\" is not a MAC address"), messages(reading));
    }

    @Test
    void enumsAsNumbersNamesNumericTextAndAnyCase() {
        StringBuilder json = new StringBuilder("{\"Get-VMNetworkAdapter\":[");
        String[] modes = {"1", "\"Access\"", "\"1\"", "\"ACCESS\""};
        StringBuilder rows = new StringBuilder("],\"Get-VMNetworkAdapterVlan\":[");
        for (int i = 0; i < modes.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"Name\":\"N\",\"VMName\":\"V").append(i).append("\"}");
            rows.append(i == 0 ? "" : ",").append("{\"operationmode\":").append(modes[i])
                    .append(",\"AccessVlanId\":\"10\",\"ParentAdapter\":{\"Name\":\"N\",\"VMName\":\"V")
                    .append(i).append("\"}}");
        }
        InventoryReading reading = text(json.append(rows).append("]}").toString());
        assertEquals(List.of(VlanMode.ACCESS, VlanMode.ACCESS, VlanMode.ACCESS, VlanMode.ACCESS),
                reading.inventory().vmNetworkAdapters().stream().map(n -> n.vlan().mode()).toList(), messages(reading));
        assertTrue(reading.inventory().vmNetworkAdapters().stream().allMatch(n -> n.vlan().accessVlanId() == 10));
        Inventory nested = text("{\"Get-VMNetworkAdapter\":[{\"Name\":\"N\",\"VMName\":\"A\",\"VlanSetting\":"
                + "{\"OperationMode\":\"Trunk\",\"NativeVlanId\":5,\"AllowedVlanIdList\":[5,7,6]}},"
                + "{\"Name\":\"N\",\"VMName\":\"B\",\"VlanSetting\":{\"operationMode\":2,\"NativeVlanId\":5,"
                + "\"AllowedVlanIdListString\":\"5-7\"}}]}").inventory();
        assertEquals(VlanMode.TRUNK, nested.vmNetworkAdapters().get(0).vlan().mode());
        assertEquals(List.of(5, 6, 7), nested.vmNetworkAdapters().get(0).vlan().allowedVlanIds());
        assertEquals(nested.vmNetworkAdapters().get(0).vlan(), nested.vmNetworkAdapters().get(1).vlan());
    }

    @Test
    void perNicRowsWinOverNestedValuesAndNameTheirNicByIdOrByVmAndName() {
        InventoryReading reading = text("{\"Get-VMNetworkAdapter\":["
                + "{\"Name\":\"N\",\"VMName\":\"A\",\"Id\":\"Microsoft:1\\\\2\",\"VlanSetting\":{\"OperationMode\":0}},"
                + "{\"Name\":\"M\",\"VMName\":\"B\",\"VlanSetting\":{\"OperationMode\":0}}],"
                + "\"Get-VMNetworkAdapterVlan\":["
                + "{\"OperationMode\":1,\"AccessVlanId\":7,\"ParentAdapter\":{\"Id\":\"microsoft:1\\\\2\",\"Name\":\"X\"}},"
                + "{\"OperationMode\":1,\"AccessVlanId\":8,\"ParentAdapter\":{\"Name\":\"m\",\"VMName\":\"b\"}},"
                + "{\"OperationMode\":1,\"AccessVlanId\":9,\"ParentAdapter\":{\"Name\":\"Z\",\"VMName\":\"C\"}}]}");
        Inventory inventory = reading.inventory();
        assertEquals(7, inventory.vmNetworkAdapters().get(0).vlan().accessVlanId(), "by id, any case");
        assertEquals(8, inventory.vmNetworkAdapters().get(1).vlan().accessVlanId(), "by VM and name, any case");
        assertTrue(messages(reading).contains("$[\"Get-VMNetworkAdapterVlan\"][2]: warning: this row names NIC \"Z\" of"
                + " VM C, which Get-VMNetworkAdapter does not list; ignored"), messages(reading));
    }

    @Test
    void aNestedValueCutByDepthIsWarnedAboutWhenNothingReplacesIt() {
        InventoryReading reading = text("{\"Get-VMNetworkAdapter\":[{\"Name\":\"N\",\"VMName\":\"A\","
                + "\"VlanSetting\":\"Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanSetting\","
                + "\"AclList\":[\"Microsoft.HyperV.PowerShell.VMNetworkAdapterAclSetting\"]}]}");
        String text = messages(reading);
        assertTrue(text.contains("$[\"Get-VMNetworkAdapter\"][0].VlanSetting: warning: VlanSetting was cut by"
                + " ConvertTo-Json's -Depth"), text);
        assertTrue(text.contains("$[\"Get-VMNetworkAdapter\"][0].AclList: warning: AclList was cut by"), text);
        assertTrue(text.contains("Get-VMNetworkAdapterVlan is missing: the model lacks the VLAN settings of the NICs"
                + " (untagged is assumed); 1 NICs have no VLAN setting nested"), text);
        assertTrue(text.contains("Get-VMNetworkAdapterAcl is missing: the model lacks the port ACLs of the NICs; 1 NICs"
                + " have no ACL list nested"), text);
    }

    @Test
    void repeatedKeysInAnyCaseKeepTheFirst() {
        InventoryReading reading = text("{\"Get-VM\":[{\"Name\":\"A\",\"name\":\"B\",\"State\":2}]}");
        assertEquals("A", reading.inventory().vms().get(0).name());
        assertTrue(messages(reading).contains("$[\"Get-VM\"][0].name: warning: the key \"name\" appears twice in one"
                + " object (also as \"Name\": PowerShell names ignore case); the first is read"), messages(reading));
    }

    @Test
    void keysIgnoreCaseAndDirectoryFilesTakeUnderscoresForSpaces(@TempDir Path dir) throws IOException {
        assertEquals("H", text("{\"get-computerinfo\":{\"CsName\":\"H\"}}").inventory().hostName());
        Files.writeString(dir.resolve("Get-CimInstance_Win32_OperatingSystem.json"), "{\"CSName\":\"W\"}");
        Files.writeString(dir.resolve("get-vm.json"), "");
        InventoryReading reading = InventoryReader.read(dir);
        assertEquals("W", reading.inventory().hostName());
        assertTrue(reading.inventory().vms().isEmpty(), "an empty file: the cmdlet wrote nothing");
    }

    @Test
    void aHostWithoutANameIsNamedAfterItsFile() {
        assertEquals("HV07", InventoryReader.read("C:\\inventories\\HV07.json",
                "{\"Get-VM\":[]}".getBytes(StandardCharsets.UTF_8)).inventory().hostName());
    }

    @Test
    void valuesOfTheWrongTypeAreWarningsAndMissing() {
        InventoryReading reading = text("{\"Get-NetAdapter\":[{\"Name\":\"E\",\"ifIndex\":\"twelve\",\"Virtual\":\"maybe\"},"
                + "{\"Name\":{\"x\":1}},7,null]}");
        String text = messages(reading);
        assertNull(reading.inventory().adapters().get(0).interfaceIndex());
        assertTrue(text.contains("$[\"Get-NetAdapter\"][0].ifIndex: warning: ifIndex should be a whole number"), text);
        assertTrue(text.contains("$[\"Get-NetAdapter\"][0].Virtual: warning: Virtual should be true or false"), text);
        assertTrue(text.contains("$[\"Get-NetAdapter\"][1].Name: warning: Name should be text"), text);
        assertTrue(text.contains("$[\"Get-NetAdapter\"][2]: warning: a row of Get-NetAdapter should be an object;"
                + " found 7, skipped"), text);
        assertEquals(1, reading.inventory().adapters().size());
    }

    @Test
    void aDocumentNestedTooDeeplyIsRefused() {
        String deep = "{\"Get-VM\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        InventoryReading reading = text(deep);
        assertNull(reading.inventory());
        assertTrue(reading.errors().get(0).message().contains("nested more than 200 levels"), messages(reading));
    }

    @Test
    void aTopLevelKeyHvnetDoesNotReadIsAWarning() {
        InventoryReading reading = text("{\"Get-VM\":[],\"Get-VMSwitchTeam\":[]}");
        assertTrue(messages(reading).contains("test.json:$[\"Get-VMSwitchTeam\"]: warning: \"Get-VMSwitchTeam\" is not"
                + " a key HVNet reads; ignored"), messages(reading));
    }

    @Test
    void theManyWarningsOfADamagedFileAreCappedAndCounted() {
        StringBuilder rows = new StringBuilder("{\"Get-NetAdapter\":[");
        for (int i = 0; i < 700; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"Name\":\"E").append(i).append("\",\"ifIndex\":\"x\"}");
        }
        InventoryReading reading = text(rows.append("]}").toString());
        assertEquals(501, reading.warnings().size());
        assertTrue(reading.warnings().get(500).message().matches("2\\d\\d more warnings not shown \\(the first 500 are\\)"),
                reading.warnings().get(500).message());
    }

    private static byte[] withBom(byte[] bom, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(SWITCHES.getBytes(charset));
        return out.toByteArray();
    }
}
