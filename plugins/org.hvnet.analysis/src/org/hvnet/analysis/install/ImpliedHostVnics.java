// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Platform;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.platform.Platforms;

/**
 * Adds the host vNICs that Hyper-V creates without being written: one on every internal switch (rule S-4), on the
 * Default Switch and on every external switch that allows the management OS (rules I-2, S-8), named after the names of the
 * planned install, in file order. Private switches get none (S-3); the hosted products have no host vNICs:
 * their host uses the physical NIC directly (I-1).
 */
public final class ImpliedHostVnics {

    private ImpliedHostVnics() {
    }

    /** Adds the implied host vNICs to {@code host} (a copy: the caller owns it) and says which were added. */
    public static List<ImpliedHostVnic> addTo(Host host) {
        List<ImpliedHostVnic> added = new ArrayList<>();
        Platform platform = host.getPlatform();
        if (!Platforms.isHyperV(platform)) {
            return added;
        }
        ConnectionNames names = new ConnectionNames(host);
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (!vswitch.getHostVnics().isEmpty() || vswitch.getKind() == SwitchKind.PRIVATE) {
                continue;
            }
            String rule;
            if (vswitch.getKind() == SwitchKind.INTERNAL) {
                rule = "S-4";
            } else if (vswitch.getKind() == SwitchKind.DEFAULT) {
                rule = "X-2"; // the Default Switch's host vNIC, Windows' ICS gateway
            } else if (vswitch.isAllowManagementOS()) {
                rule = "I-2";
            } else {
                continue; // rule S-8: no host vNIC on a no-management-os switch
            }
            HostVirtualNic vnic = HvnetFactory.eINSTANCE.createHostVirtualNic();
            vnic.setName(Platforms.isHyperV2012OrLater(platform) ? names.reserveConnection(ConnectionNames.vEthernet(vswitch.getName()))
                    : names.nextConnection());
            vswitch.getHostVnics().add(vnic);
            added.add(new ImpliedHostVnic(host.getName(), vswitch.getName(), vnic.getName(), rule));
        }
        return added;
    }
}
