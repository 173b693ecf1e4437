// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hvnet.interop.inventory.Inventory;
import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryReader;
import org.hvnet.interop.inventory.InventoryReading;

/** The fixture inventories beside these tests ({@code inventories/}), and reading them or a text. */
final class Inventories {

    /** The inventories that describe a host consistently (each with its own facts). */
    static final List<String> GOOD = List.of("2008r2-win32-only", "2012r2-external-host-vnic.json",
            "2016-nat-switch.json", "2019-set-vlans", "2022-cluster-node.json", "win11-default-switch.json",
            "acls-and-guards.json", "estate/HV-A.json", "estate/HV-B.json", "estate/HV-C");

    private Inventories() {
    }

    /** The folder of fixture inventories. */
    static Path folder() {
        return Path.of(System.getProperty("hvnet.root", "../..")).toAbsolutePath().normalize()
                .resolve("plugins/org.hvnet.interop.tests/inventories");
    }

    /** A fixture by its path below {@link #folder()}. */
    static Path fixture(String name) {
        return folder().resolve(name);
    }

    /** Reads a fixture. */
    static InventoryReading read(String name) {
        return InventoryReader.read(fixture(name));
    }

    /** Reads a fixture that must be readable, and gives its inventory. */
    static Inventory inventory(String name) {
        InventoryReading reading = read(name);
        assertFalse(reading.hasErrors(), () -> name + ": " + reading.errors());
        return reading.inventory();
    }

    /** Reads a UTF-8 text as an inventory file named {@code test.json}. */
    static InventoryReading text(String json) {
        return InventoryReader.read("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** The messages of the problems, one per line, for assertions and failure output. */
    static String messages(InventoryReading reading) {
        return String.join("\n", reading.problems().stream().map(InventoryProblem::toString).toList());
    }

    /** Every file of a fixture (itself when it is a file), sorted. */
    static List<Path> files(String name) {
        Path path = fixture(name);
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listed = Files.list(path)) {
            return listed.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
