// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.model.Host;
import org.hvnet.model.InstallProduct;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.PlannedInstall;

/** What a host's planned Hyper-V install (I-2) will bind: the physical NICs of its {@code using} list. */
public final class PlannedInstalls {

    private PlannedInstalls() {
    }

    /** The host's planned install if it installs Hyper-V, else null. */
    public static PlannedInstall hyperV(Host host) {
        PlannedInstall install = host.getInstall();
        return install != null && install.getProduct() == InstallProduct.HYPERV ? install : null;
    }

    /** The distinct resolved NICs that the planned Hyper-V install uses, in written order (empty when none). */
    public static Set<PhysicalNic> nics(Host host) {
        PlannedInstall install = hyperV(host);
        Set<PhysicalNic> nics = new LinkedHashSet<>();
        if (install != null) {
            for (PhysicalNic nic : install.getNics()) {
                if (nic != null && !nic.eIsProxy()) {
                    nics.add(nic);
                }
            }
        }
        return nics;
    }

    /** The written entries of the {@code using} list, proxies and repeats included (empty when no Hyper-V install). */
    public static List<PhysicalNic> entries(Host host) {
        PlannedInstall install = hyperV(host);
        return install == null ? List.of() : new ArrayList<>(install.getNics());
    }
}
