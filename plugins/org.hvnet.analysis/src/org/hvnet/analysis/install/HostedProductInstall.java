// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Binding;
import org.hvnet.model.PhysicalNic;
import org.hvnet.analysis.segments.EffectiveBindings;

/**
 * Rule I-1: installing Virtual PC or Virtual Server leaves every NIC's bindings in place and binds "Virtual
 * Machine Network Services" ({@code vmns}) in addition. A NIC that has it already is left alone (idempotent).
 */
final class HostedProductInstall {

    private HostedProductInstall() {
    }

    static void apply(List<PhysicalNic> nics, InstallLog log) {
        for (PhysicalNic nic : nics) {
            if (nic.getBindings().contains(Binding.VMNS)) {
                continue;
            }
            List<Binding> bindings = new ArrayList<>(EffectiveBindings.of(nic));
            bindings.add(Binding.VMNS);
            nic.getBindings().clear();
            nic.getBindings().addAll(bindings);
            log.unbound.add(new BindingChange(nic.getName(), List.of(), List.of(Binding.VMNS.getLiteral())));
            log.changed = true;
        }
    }
}
