// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;

/**
 * What reading one inventory gave: the inventory (null when an error made it unreadable) and every problem found.
 *
 * @param inventory the typed inventory, or null when {@link #hasErrors()}
 * @param problems the errors and warnings, in the order they were found
 */
public record InventoryReading(Inventory inventory, List<InventoryProblem> problems) {

    /** Copies the problems. */
    public InventoryReading {
        problems = List.copyOf(problems);
    }

    /** True when the inventory could not be read. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(InventoryProblem::isError);
    }

    /** The errors. */
    public List<InventoryProblem> errors() {
        return problems.stream().filter(InventoryProblem::isError).toList();
    }

    /** The warnings. */
    public List<InventoryProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
