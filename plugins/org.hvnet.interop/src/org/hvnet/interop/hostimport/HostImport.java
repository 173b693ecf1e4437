// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.hostimport.map.TopologyAssembler;
import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryReader;
import org.hvnet.interop.inventory.InventoryReading;

/**
 * {@code hvnet import}: one topology from the inventories of one or more hosts, as Windows reported them. Physical
 * NICs on one IPv4 subnet are cabled to one network named after it, each host's switches, host vNICs, VMs, VLANs,
 * ACLs and WinNAT are mapped, and every address the hosts observed becomes an {@code expect address} line. One
 * unreadable inventory fails the whole import; what cannot be modeled is a warning.
 */
public final class HostImport {

    private HostImport() {
    }

    /** Reads the inventories (files or directories) and maps them into a topology called {@code topologyName}. */
    public static ImportResult of(List<Path> inventories, String topologyName) {
        List<InventoryReading> readings = new ArrayList<>();
        for (Path inventory : inventories) {
            readings.add(InventoryReader.read(inventory));
        }
        return of(readings, topologyName, true);
    }

    /**
     * Maps inventories already read; with {@code atomic}, one unreadable inventory fails the whole import (the
     * command's rule), else the unreadable ones are left out.
     */
    public static ImportResult of(List<InventoryReading> readings, String topologyName, boolean atomic) {
        List<InventoryProblem> problems = new ArrayList<>();
        readings.forEach(reading -> problems.addAll(reading.problems()));
        boolean unreadable = readings.stream().anyMatch(InventoryReading::hasErrors);
        if (readings.isEmpty() || (atomic && unreadable)) {
            return new ImportResult(null, problems, List.of());
        }
        TopologyAssembler assembler = new TopologyAssembler(topologyName);
        readings.stream().filter(r -> !r.hasErrors()).forEach(r -> assembler.add(r.inventory()));
        assembler.assemble();
        problems.addAll(assembler.warnings());
        return new ImportResult(assembler.topology(), problems, assembler.hosts());
    }
}
