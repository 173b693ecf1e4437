// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hvnet.model.Binding;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetFactory;
import org.hvnet.model.Ipv4Config;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.model.platform.Platforms;

/**
 * Rule I-2: the Hyper-V role install on one host, NIC by NIC: a new host vNIC V with P's bindings copied in
 * order, P reduced to the switch protocol, an external switch bound to P with V as the parent's port, and P's
 * IPv4 settings lost (hyperv-2008) or moved onto V (hyperv-2012, or preserve-ip-on-install). A switch already
 * written as {@code external on P} is the one the install creates: it is completed, not duplicated.
 */
final class HyperVInstall {

    private static final HvnetFactory FACTORY = HvnetFactory.eINSTANCE;

    private final Host host;
    private final ConnectionNames names;
    private final InstallLog log;

    HyperVInstall(Host host, ConnectionNames names, InstallLog log) {
        this.host = host;
        this.names = names;
        this.log = log;
    }

    private boolean is2012() {
        return Platforms.isHyperV2012OrLater(host.getPlatform());
    }

    private boolean keepsIp() {
        return is2012() || host.isPreserveIpOnInstall();
    }

    void apply(List<PhysicalNic> nics) {
        for (PhysicalNic nic : nics) {
            applyTo(nic);
        }
    }

    private void applyTo(PhysicalNic nic) {
        VirtualSwitch written = switchOn(nic);
        boolean onlySwitchProtocol = nic.getBindings().size() == 1 && nic.getBindings().get(0) == Binding.VSWITCH;
        if (onlySwitchProtocol && written != null) {
            return; // rule I-5: already installed on this NIC, nothing changes
        }
        log.changed = true;
        List<Binding> copied = onlySwitchProtocol ? EffectiveBindings.WINDOWS_DEFAULT : EffectiveBindings.of(nic);
        Ipv4Config ipv4 = onlySwitchProtocol ? null : nic.getIpv4();

        VirtualSwitch vswitch = written;
        if (vswitch == null) {
            vswitch = FACTORY.createVirtualSwitch();
            vswitch.setName(names.nextSwitch(nic.getName()));
            vswitch.setKind(SwitchKind.EXTERNAL);
            vswitch.getExternalNics().add(nic);
            host.getSwitches().add(vswitch);
        }
        log.created.add(new CreatedElement.Switch(vswitch.getName(), SwitchKind.EXTERNAL.getLiteral(), nic.getName()));

        HostVirtualNic vnic = null;
        if (vswitch.isAllowManagementOS()) {
            vnic = vswitch.getHostVnics().isEmpty() ? null : vswitch.getHostVnics().get(0);
            if (vnic == null) {
                vnic = FACTORY.createHostVirtualNic();
                vnic.setName(is2012() ? names.reserveConnection(ConnectionNames.vEthernet(vswitch.getName())) : names.nextConnection());
                vswitch.getHostVnics().add(vnic);
            }
            if (vnic.getBindings().isEmpty()) {
                vnic.getBindings().addAll(copied); // rule I-2: every binding of P, in the same order
            }
            if (vnic.getIpv4() == null) {
                vnic.setIpv4(ipv4OfVnic(nic, ipv4, vnic));
            } else {
                reportLostOrKept(nic, ipv4, vnic);
            }
            log.created.add(new CreatedElement.HostVnic(vnic.getName(), vswitch.getName(), literals(vnic.getBindings()),
                    Ipv4Text.of(vnic.getIpv4())));
        } else {
            reportLost(nic, ipv4, "the host has no interface on '" + vswitch.getName() + "' (no-management-os, rule S-8)");
        }

        List<String> removed = literals(nic.getBindings().isEmpty() ? EffectiveBindings.WINDOWS_DEFAULT : nic.getBindings());
        nic.getBindings().clear();
        nic.getBindings().add(Binding.VSWITCH); // rule I-2: only the switch protocol stays on P
        nic.setIpv4(null); // rule I-4: P carries no IP address
        log.unbound.add(new BindingChange(nic.getName(), removed, List.of(Binding.VSWITCH.getLiteral())));
    }

    private Ipv4Config ipv4OfVnic(PhysicalNic nic, Ipv4Config ipv4, HostVirtualNic vnic) {
        if (ipv4 instanceof StaticIpv4Config fixed) {
            if (keepsIp()) {
                log.moved.add(new MovedSetting(nic.getName(), vnic.getName(), "ipv4 " + Ipv4Text.of(fixed)));
                return EcoreUtil.copy(fixed);
            }
            reportLost(nic, fixed, "'" + vnic.getName() + "' will use DHCP");
        }
        return FACTORY.createDhcpIpv4Config();
    }

    private void reportLostOrKept(PhysicalNic nic, Ipv4Config ipv4, HostVirtualNic vnic) {
        if (ipv4 instanceof StaticIpv4Config) {
            reportLost(nic, ipv4, "'" + vnic.getName() + "' uses its written setting, " + Ipv4Text.of(vnic.getIpv4()));
        }
    }

    private void reportLost(PhysicalNic nic, Ipv4Config ipv4, String consequence) {
        if (!(ipv4 instanceof StaticIpv4Config fixed)) {
            return;
        }
        String on = " on '" + nic.getName() + "' is lost";
        List<String> warnings = new ArrayList<>();
        warnings.add("static " + fixed.getAddress() + on + "; " + consequence);
        if (fixed.getGateway() != null) {
            warnings.add("gateway " + fixed.getGateway() + on);
        }
        for (var dns : fixed.getDns()) {
            warnings.add("dns " + dns + on);
        }
        log.lost.add(new LostSetting(nic.getName(), "ipv4 " + Ipv4Text.of(fixed), List.copyOf(warnings)));
    }

    private VirtualSwitch switchOn(PhysicalNic nic) {
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (vswitch.getKind() == SwitchKind.EXTERNAL && vswitch.getExternalNics().contains(nic)) {
                return vswitch;
            }
        }
        return null;
    }

    static List<String> literals(List<Binding> bindings) {
        return bindings.stream().map(Binding::getLiteral).toList();
    }
}
