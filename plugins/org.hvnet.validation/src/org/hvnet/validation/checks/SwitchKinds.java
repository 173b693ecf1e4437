// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.validation.Rule;

/**
 * What each switch kind may hold on each platform: S-3 (V-2, no host vNIC on a private switch), S-5 (a dhcp-service
 * on Virtual Server only), S-6 (no internal switch on the hosted products) and S-8 (no-management-os on 2012 and
 * later, and then no host vNIC).
 */
public final class SwitchKinds implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Host host : model.hosts()) {
            String platform = Labels.platform(host.getPlatform());
            for (VirtualSwitch vswitch : host.getSwitches()) {
                if (vswitch.getDhcpService() != null) {
                    findings.report(Rule.S5_DHCP_SERVICE_NOT_VIRTUAL_SERVER, vswitch.getDhcpService(), null,
                            Labels.of(vswitch), platform);
                }
                if (vswitch.getKind() == SwitchKind.INTERNAL) {
                    findings.report(Rule.S6_INTERNAL_ON_HOSTED_PRODUCT, vswitch, MODEL.getVirtualSwitch_Kind(),
                            Labels.of(vswitch), platform);
                }
                boolean noManagementOs = vswitch.getKind() == SwitchKind.EXTERNAL && !vswitch.isAllowManagementOS();
                if (noManagementOs) {
                    findings.report(Rule.S8_NO_MANAGEMENT_OS_PLATFORM, vswitch, MODEL.getVirtualSwitch_AllowManagementOS(),
                            Labels.of(vswitch), platform);
                }
                for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                    if (vswitch.getKind() == SwitchKind.PRIVATE) {
                        findings.report(Rule.V2_HOST_VNIC_ON_PRIVATE, vnic, MODEL.getNamedElement_Name(), Labels.of(vnic),
                                Labels.of(vswitch));
                    } else if (noManagementOs) {
                        findings.report(Rule.S8_HOST_VNIC_WITHOUT_MANAGEMENT_OS, vnic, MODEL.getNamedElement_Name(),
                                Labels.of(vnic), Labels.of(vswitch));
                    }
                }
            }
        }
    }
}
