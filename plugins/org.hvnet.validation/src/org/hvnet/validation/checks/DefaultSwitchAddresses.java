// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.validation.Rule;

/**
 * Rule V-16: a static address on the Default Switch (a VM NIC on it, or a host vNIC written in it) breaks when
 * Windows picks another subnet for the switch at boot.
 */
public final class DefaultSwitchAddresses implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (ModelUnderCheck.HostVmNics ports : model.vmNicsWithPortSettings()) {
            for (VirtualSwitch vswitch : ports.host().getSwitches()) {
                if (vswitch.getKind() == SwitchKind.DEFAULT) {
                    for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                        check(vnic, vswitch, findings);
                    }
                }
            }
            for (VmNic nic : ports.nics()) {
                VirtualSwitch vswitch = nic.getSwitch();
                if (vswitch != null && !vswitch.eIsProxy() && vswitch.getKind() == SwitchKind.DEFAULT) {
                    check(nic, vswitch, findings);
                }
            }
        }
    }

    private static void check(Interface nic, VirtualSwitch vswitch, Findings findings) {
        StaticIpv4Config settings = InterfaceSettings.staticSettings(nic);
        if (settings != null) {
            findings.report(Rule.V16_STATIC_ON_DEFAULT_SWITCH, settings, MODEL.getStaticIpv4Config_Address(), Labels.withKind(nic),
                    settings.getAddress(), Labels.of(vswitch));
        }
    }
}
