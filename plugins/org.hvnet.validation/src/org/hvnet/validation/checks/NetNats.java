// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.NetNat;
import org.hvnet.model.PortMapping;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.validation.Rule;

/**
 * Rule V-12: a NetNat's prefix holds the static address of an internal switch's host vNIC on its host (the
 * gateway of the VMs behind it), its static mappings point inside the prefix, and a host has one NetNat.
 */
public final class NetNats implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Host host : model.hosts()) {
            NetNat first = null;
            for (NetNat nat : host.getNetNats()) {
                if (first == null) {
                    first = nat;
                } else {
                    findings.report(Rule.V12_SECOND_NETNAT, nat, MODEL.getNamedElement_Name(), Labels.name(nat.getName()), Labels.of(host),
                            Labels.name(first.getName()));
                }
                check(host, nat, findings);
            }
        }
    }

    private static void check(Host host, NetNat nat, Findings findings) {
        Ipv4Cidr prefix = nat.getInternalPrefix();
        if (prefix == null) {
            return;
        }
        if (!holdsGateway(host, prefix)) {
            findings.report(Rule.V12_NETNAT_WITHOUT_SWITCH, nat, MODEL.getNetNat_InternalPrefix(), prefix.subnet(),
                    Labels.name(nat.getName()), Labels.of(host));
        }
        for (PortMapping mapping : nat.getStaticMappings()) {
            if (mapping.getPrivateAddress() != null && !prefix.contains(mapping.getPrivateAddress())) {
                findings.report(Rule.V12_MAPPING_OUTSIDE_PREFIX, mapping, MODEL.getPortMapping_PrivateAddress(), text(mapping),
                        Labels.name(nat.getName()), mapping.getPrivateAddress(), prefix.subnet());
            }
        }
    }

    /** True when a host vNIC of an internal switch of {@code host} has a static address inside {@code prefix}. */
    private static boolean holdsGateway(Host host, Ipv4Cidr prefix) {
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (vswitch.getKind() != SwitchKind.INTERNAL) {
                continue;
            }
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                if (vnic.getIpv4() instanceof StaticIpv4Config fixed && fixed.getAddress() != null
                        && prefix.contains(fixed.getAddress().address())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A mapping as written: {@code forward tcp 8080 to 172.20.0.10 port 80}. */
    static String text(PortMapping mapping) {
        return "forward " + (mapping.getProtocol() == null ? "tcp" : mapping.getProtocol().getLiteral()) + " " + mapping.getPublicPort()
                + " to " + mapping.getPrivateAddress() + (mapping.getPrivatePort() == null ? "" : " port " + mapping.getPrivatePort());
    }
}
