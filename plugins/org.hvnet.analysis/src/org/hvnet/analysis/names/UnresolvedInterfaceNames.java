// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hvnet.model.Endpoint;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.NamedElement;
import org.hvnet.model.NatMapping;
import org.hvnet.model.Topology;
import org.hvnet.analysis.SimulatedModel;

/**
 * Interface names in {@code rras nat} lines and expectation endpoints that name an interface found neither in
 * the file nor in the simulated model (planned installs applied, implied host vNICs added): DSL.md, "Names of
 * interfaces that do not exist yet". Reported with rule {@code link} at the name's position.
 */
public final class UnresolvedInterfaceNames {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    private UnresolvedInterfaceNames() {
    }

    /** The unresolved names of the written topologies, in model order. */
    public static List<UnresolvedName> of(Collection<Topology> written) {
        return of(SimulatedModel.of(written));
    }

    /** The unresolved names, given the simulated model of the written topologies. */
    public static List<UnresolvedName> of(SimulatedModel simulated) {
        List<UnresolvedName> result = new ArrayList<>();
        for (Topology topology : simulated.written()) {
            for (Host host : topology.getHosts()) {
                if (host.getRras() == null) {
                    continue;
                }
                for (NatMapping nat : host.getRras().getNatMappings()) {
                    check(simulated, host, nat, MODEL.getNatMapping_PublicInterface(), -1, nat.getPublicInterface(), result);
                    for (int i = 0; i < nat.getPrivateInterfaces().size(); i++) {
                        check(simulated, host, nat, MODEL.getNatMapping_PrivateInterfaces(), i, nat.getPrivateInterfaces().get(i), result);
                    }
                }
            }
            topology.getExpectations().forEach(expectation -> expectation.eAllContents().forEachRemaining(element -> {
                if (element instanceof Endpoint endpoint && endpoint.getInterfaceName() != null && endpoint.getOwner() != null
                        && !endpoint.getOwner().eIsProxy()) {
                    check(simulated, endpoint.getOwner(), endpoint, MODEL.getEndpoint_InterfaceName(), -1, endpoint.getInterfaceName(), result);
                }
            }));
        }
        return List.copyOf(result);
    }

    private static void check(SimulatedModel simulated, NamedElement owner, EObject element, EStructuralFeature feature, int index,
            String name, List<UnresolvedName> result) {
        if (name == null || InterfaceLookup.find(owner, name) != null) {
            return;
        }
        NamedElement copy = simulated.copyOf(owner);
        if (copy != null && InterfaceLookup.find(copy, name) != null) {
            return;
        }
        List<Interface> known = InterfaceLookup.interfacesOf(copy != null ? copy : owner);
        String candidates = known.isEmpty() ? "it has no interfaces"
                : "it has " + known.stream().map(i -> "'" + i.getName() + "'").collect(Collectors.joining(", "));
        String what = owner instanceof Host ? "host" : "VM";
        result.add(new UnresolvedName(element, feature, index, name, what + " '" + owner.getName() + "' has no interface named '" + name
                + "', neither written nor created by an install or an implied host vNIC (I-2, S-4); " + candidates));
    }
}
