// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NetNat;
import org.hvnet.model.Platform;
import org.hvnet.model.PortAcl;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.validation.Rule;

/**
 * Rule V-11: a feature of today's Hyper-V used on a platform that lacks it, each at the text that uses it: a NetNat
 * before Windows Server 2016 and Windows 10, the Default Switch anywhere but Windows 10/11, port guards
 * and port ACLs before Hyper-V 2012, Switch Embedded Teaming before Windows Server 2016. The
 * catalogue's platforms decide where each entry applies.
 */
public final class PlatformFeatures implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (ModelUnderCheck.HostVmNics ports : model.vmNicsWithPortSettings()) {
            Host host = ports.host();
            String platform = literal(host.getPlatform());
            // the port rules apply before Hyper-V 2012 only: on a host of a later platform their findings are dropped
            boolean guards = Findings.appliesIn(Rule.V11_PORT_GUARD_PLATFORM, host);
            boolean acls = Findings.appliesIn(Rule.V11_PORT_ACL_PLATFORM, host);
            for (NetNat nat : host.getNetNats()) {
                findings.report(Rule.V11_NETNAT_PLATFORM, nat, MODEL.getNamedElement_Name(), Labels.name(nat.getName()),
                        Labels.of(host), platform);
            }
            for (VirtualSwitch vswitch : host.getSwitches()) {
                if (vswitch.getKind() == SwitchKind.DEFAULT) {
                    findings.report(Rule.V11_DEFAULT_SWITCH_PLATFORM, vswitch, MODEL.getVirtualSwitch_Kind(), Labels.of(vswitch),
                            Labels.of(host), platform);
                }
                if (vswitch.isEmbeddedTeaming()) {
                    findings.report(Rule.V11_EMBEDDED_TEAMING_PLATFORM, vswitch, MODEL.getVirtualSwitch_EmbeddedTeaming(),
                            Labels.of(vswitch), platform);
                }
                if (acls) {
                    for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                        acls(vnic, platform, findings);
                    }
                }
            }
            if (guards || acls) {
                for (VmNic nic : ports.nics()) {
                    if (guards) {
                        guards(nic, platform, findings);
                    }
                    if (acls) {
                        acls(nic, platform, findings);
                    }
                }
            }
        }
    }

    private static void guards(VmNic nic, String platform, Findings findings) {
        if (nic.isDhcpGuard()) {
            findings.report(Rule.V11_PORT_GUARD_PLATFORM, nic, MODEL.getVmNic_DhcpGuard(), Labels.withKind(nic), "dhcp-guard", platform);
        }
        if (nic.isRouterGuard()) {
            findings.report(Rule.V11_PORT_GUARD_PLATFORM, nic, MODEL.getVmNic_RouterGuard(), Labels.withKind(nic), "router-guard",
                    platform);
        }
        if (nic.isMacAddressSpoofing()) {
            findings.report(Rule.V11_PORT_GUARD_PLATFORM, nic, MODEL.getVmNic_MacAddressSpoofing(), Labels.withKind(nic),
                    "mac-spoofing", platform);
        }
    }

    private static void acls(VirtualPort port, String platform, Findings findings) {
        if (port.eIsSet(MODEL.getVirtualPort_Acls())) { // not getAcls(), which makes an empty list for every port
            PortAcl first = port.getAcls().get(0);
            findings.report(Rule.V11_PORT_ACL_PLATFORM, first, null, Labels.withKind(port), platform);
        }
    }

    /** The platform as the language writes it ({@code hyperv-2012}). */
    static String literal(Platform platform) {
        return platform == null ? "?" : platform.getLiteral();
    }
}
