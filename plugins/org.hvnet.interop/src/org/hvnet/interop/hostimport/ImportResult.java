// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.hostimport;

import java.util.List;

import org.hvnet.interop.inventory.InventoryProblem;
import org.hvnet.model.Topology;

/**
 * What an import gave: the topology (null when an inventory was unreadable), every problem of reading and mapping
 * in order, and a summary of each host for the command's {@code --json} document and the workbench's wizard.
 *
 * @param topology the imported topology, not in any resource; null when {@link #hasErrors()}
 * @param problems the errors (which make the import fail) and warnings (what the model lacks or assumes)
 * @param hosts what was understood of each host, in the order of the inventories
 */
public record ImportResult(Topology topology, List<InventoryProblem> problems, List<ImportedHost> hosts) {

    /** Copies the lists. */
    public ImportResult {
        problems = List.copyOf(problems);
        hosts = List.copyOf(hosts);
    }

    /** True when an inventory could not be read: nothing is imported. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(InventoryProblem::isError);
    }

    /** The warnings. */
    public List<InventoryProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** The errors. */
    public List<InventoryProblem> errors() {
        return problems.stream().filter(InventoryProblem::isError).toList();
    }
}
