// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.diff;

import java.util.List;

import org.hvnet.model.NamedElement;

/**
 * One element added, removed or changed between two versions, by qualified name; for a change, what changed, each
 * as {@code feature: old -> new} ({@code (none)} where a side does not set it).
 */
public record ElementChange(String kind, String name, List<String> changes) {

    /** The qualified name under which {@code element} is compared: owner first, as .hvnet writes names, a host vNIC by its host. */
    public static String nameOf(NamedElement element) {
        return ElementDescriptions.qualifiedName(element);
    }
}
