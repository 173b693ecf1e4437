// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport.map;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.inventory.InventoryKey;
import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.interop.inventory.InventoryProblem.Severity;

/** The warnings of mapping inventories into a topology: what the model cannot hold, or assumes. */
public final class ImportWarnings {

    private final List<InventoryProblem> warnings = new ArrayList<>();

    /** Warns about {@code item} of the inventory {@code file}, which came from {@code source}. */
    public void warn(String file, InventoryKey source, String item, String message) {
        warnings.add(new InventoryProblem(Severity.WARNING, file, null, source == null ? null : source.cmdlet(), item, message));
    }

    /** The warnings in the order they were given. */
    public List<InventoryProblem> list() {
        return List.copyOf(warnings);
    }
}
