// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hvnet.interop.inventory.InventoryKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The collector script (which cannot run here) against the reader and the fixtures: it collects exactly the keys
 * the reader reads, in order, each with an explicit property list that is the one of the collector-written
 * fixtures, and writes the JSON whole (-Depth), arrays kept, UTF-8, through a temporary file.
 */
class CollectorScriptTest {

    private static final Pattern ENTRY = Pattern.compile("(?m)^    '([^']+)' = \\{\\R(.*?)^    \\}", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z]+)'");

    private static String script;
    private static Map<String, String> blocks;

    @BeforeAll
    static void readScript() throws IOException {
        Path path = Inventories.folder().resolve("../../org.hvnet.interop/collector/Get-HvnetInventory.ps1").normalize();
        script = Files.readString(path, StandardCharsets.UTF_8);
        blocks = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(script);
        while (entry.find()) {
            blocks.put(entry.group(1), entry.group(2));
        }
    }

    @Test
    void collectsEveryKeyTheReaderReadsInOrder() {
        assertEquals(Arrays.stream(InventoryKey.values()).map(InventoryKey::cmdlet).toList(),
                new ArrayList<>(blocks.keySet()));
        assertTrue(script.contains("$inventory = [ordered]@{ '" + InventoryKey.COLLECTOR_KEY + "' = $collector }"));
    }

    @Test
    void eachKeySelectsItsPropertiesExplicitly() {
        blocks.forEach((key, block) -> assertTrue(block.contains("Select-Object -Property "), key));
    }

    @Test
    void eachKeysPropertiesAreThoseOfTheCollectorWrittenFixtures() throws IOException {
        for (String fixture : List.of("2022-cluster-node.json", "2012r2-external-host-vnic.json",
                "2016-nat-switch.json")) {
            String json = new String(Files.readAllBytes(Inventories.fixture(fixture)), StandardCharsets.UTF_8)
                    .replace("\uFEFF", "");
            JsonObject inventory = JsonParser.parseString(json).getAsJsonObject();
            for (InventoryKey key : InventoryKey.values()) {
                Set<String> written = new TreeSet<>();
                for (JsonElement row : inventory.getAsJsonArray(key.cmdlet())) {
                    written.addAll(row.getAsJsonObject().keySet());
                }
                if (!written.isEmpty()) {
                    assertEquals(selected(key), written, fixture + " " + key.cmdlet());
                }
            }
        }
    }

    @Test
    void writesTheWholeDocumentAsUtf8ThroughATemporaryFile() {
        for (String needle : List.of("#Requires -Version 5.1", "$ErrorActionPreference = 'Stop'",
                "Remove-TypeData -TypeName System.Array -ErrorAction Ignore", "@(& $collectors[$key])",
                "ConvertTo-Json -InputObject $inventory -Depth 8", "UTF8Encoding -ArgumentList $false",
                "[System.IO.File]::WriteAllText($temporary", "[System.IO.File]::Replace($temporary, $target",
                "[System.IO.File]::Move($temporary, $target)", "Get-Command -Name $command -ErrorAction Ignore",
                "Get-NetAdapter -IncludeHidden", "Get-NetAdapterBinding -IncludeHidden", "Get-VMNetworkAdapter -All |")) {
            assertTrue(script.contains(needle), needle);
        }
    }

    @Test
    void changesNothingOnTheHost() {
        for (String verb : List.of("Set-VM", "Set-Net", "New-VM", "New-Net", "Remove-VM", "Remove-Net", "Add-VM",
                "Add-Net", "Enable-", "Disable-", "Rename-", "Restart-", "Stop-", "Start-", "Connect-")) {
            assertTrue(!script.contains(verb), verb);
        }
    }

    /** The properties the script selects for {@code key}: quoted names, and ParentAdapter where it is added. */
    private static Set<String> selected(InventoryKey key) {
        String block = blocks.get(key.cmdlet());
        String selection = block.substring(block.indexOf("Select-Object -Property"));
        if (selection.contains("$properties")) {
            selection = block;
        }
        Set<String> names = new TreeSet<>();
        Matcher quoted = QUOTED.matcher(selection);
        while (quoted.find()) {
            names.add(quoted.group(1));
        }
        if (selection.contains("$parentAdapter")) {
            names.add("ParentAdapter");
        }
        return names;
    }
}
