// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.analysis.names.UnresolvedInterfaceNames;
import org.hvnet.analysis.names.UnresolvedName;
import org.hvnet.validation.Rule;

/**
 * Rule {@code link} for the interface names of {@code rras} and {@code expect} (DSL.md): a name that resolves
 * neither in the file nor in the simulated model, as the simulation's {@link UnresolvedInterfaceNames} finds it.
 */
public final class InterfaceNames implements TopologyCheck {

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (UnresolvedName name : UnresolvedInterfaceNames.of(model.simulated())) {
            findings.reportAt(Rule.LINK_INTERFACE_NAME, name.element(), name.feature(), name.index(), name.message());
        }
    }
}
