// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.tests;

import java.nio.charset.StandardCharsets;

import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryReader;
import org.hvnet.interop.inventory.InventoryReading;

/**
 * The reader's invariants on any bytes, in the shape a coverage-guided fuzzer calls ({@code fuzzerTestOneInput}):
 * no exception escapes, no internal error is reported, and an inventory is given exactly when there is no error.
 */
public final class InventoryFuzzTarget {

    private InventoryFuzzTarget() {
    }

    /** Reads {@code data} as an inventory file and checks the invariants; throws {@link AssertionError} if broken. */
    public static void fuzzerTestOneInput(byte[] data) {
        InventoryReading reading = InventoryReader.read("fuzz.json", data);
        check(reading, () -> new String(data, StandardCharsets.UTF_8));
    }

    /** Checks the invariants of one reading; {@code input} describes the input for the failure message. */
    static void check(InventoryReading reading, java.util.function.Supplier<String> input) {
        for (InventoryProblem problem : reading.problems()) {
            if (problem.message().contains("internal error")) {
                throw new AssertionError(problem + "\ninput: " + input.get());
            }
            if (problem.message().isBlank() || problem.file() == null) {
                throw new AssertionError("a problem without a message or file: " + problem);
            }
        }
        if ((reading.inventory() == null) != reading.hasErrors()) {
            throw new AssertionError("inventory " + (reading.inventory() == null ? "missing" : "given") + " with "
                    + reading.errors() + "\ninput: " + input.get());
        }
    }
}
