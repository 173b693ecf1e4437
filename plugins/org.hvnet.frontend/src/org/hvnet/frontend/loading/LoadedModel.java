// SPDX-License-Identifier: EPL-2.0
package org.hvnet.frontend.loading;

import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.hvnet.model.Topology;

/**
 * The result of loading .hvnet files into one resource set: the topologies in file order, the syntax and
 * link problems found, and the locator that places model elements in the files.
 */
public record LoadedModel(ResourceSet resourceSet, List<Topology> topologies, List<SourceProblem> problems,
        ElementLocator locator, DisplayNames displayNames) {

    /** True when any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
