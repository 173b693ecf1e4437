// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/** The address text shown beside an interface, e.g. {@code 10.0.0.100/24 dhcp}; none when simulation gives none. */
@FunctionalInterface
public interface AddressLabels {

    /** Shows no addresses. */
    AddressLabels NONE = iface -> Optional.empty();

    /** The label of the interface {@code iface}, if any. */
    Optional<String> of(EObject iface);
}
