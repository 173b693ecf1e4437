// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.hvnet.model.Topology;
import org.hvnet.simulation.Simulation;
import org.hvnet.simulation.addresses.InterfaceAddress;

/** The simulated address of every interface of the topologies in a resource set (all files of a workspace). */
public final class SimulatedAddresses {

    private SimulatedAddresses() {
    }

    /**
     * The address table of every topology in {@code resourceSet}.
     *
     * @throws RuntimeException when the simulation cannot take the model as it is typed
     */
    public static List<InterfaceAddress> of(ResourceSet resourceSet) {
        List<Topology> topologies = new ArrayList<>();
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology topology) {
                topologies.add(topology);
            }
        }
        return topologies.isEmpty() ? List.of() : Simulation.of(topologies).addressTable();
    }
}
