// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.HashSet;
import java.util.Set;

import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.Network;
import org.hvnet.model.Platform;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.VmNic;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.model.platform.Platforms;
import org.hvnet.validation.Rule;

/**
 * Rule V-5 (S-5, A-3): a DHCP interface on an internal or private switch whose segment has no DHCP server gets an
 * APIPA address. Servers are the DHCP servers of VMs, of physical networks, and (Virtual Server only, S-5) a
 * switch's own dhcp-service; a VM's server behind DhcpGuard serves no one. The host vNIC that Hyper-V creates
 * on an internal switch without a written one (S-4) uses DHCP too: it is reported at the switch.
 */
public final class DhcpReachability implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        SegmentIndex segments = model.segments();
        Set<Integer> served = servedSegments(model, segments);
        for (Interface nic : model.interfaces()) {
            VirtualSwitch vswitch = switchOf(nic);
            if (vswitch == null || !isLocal(vswitch) || !InterfaceSettings.usesDhcp(nic) || !InterfaceSettings.hasTcpIp4(nic)) {
                continue;
            }
            int segment = segments.segmentOf(nic);
            if (segment >= 0 && !served.contains(segment)) {
                findings.report(Rule.V5_DHCP_WITHOUT_SERVER, nic, nic.getIpv4() == null ? MODEL.getNamedElement_Name()
                        : MODEL.getInterface_Ipv4(), Labels.withKind(nic), kind(vswitch), Labels.of(vswitch));
            }
        }
        for (Host host : model.hosts()) {
            if (!Platforms.isHyperV(host.getPlatform())) {
                continue; // the hosted products create no host vNIC (I-1)
            }
            for (VirtualSwitch vswitch : host.getSwitches()) {
                if (vswitch.getKind() == SwitchKind.INTERNAL && vswitch.getHostVnics().isEmpty()
                        && !served.contains(segments.segmentOfSwitch(vswitch))) {
                    findings.report(Rule.V5_DHCP_WITHOUT_SERVER, vswitch, MODEL.getNamedElement_Name(),
                            "the host vNIC that Hyper-V creates on switch " + Labels.of(vswitch) + " (S-4)", "internal",
                            Labels.of(vswitch));
                }
            }
        }
    }

    private static Set<Integer> servedSegments(ModelUnderCheck model, SegmentIndex segments) {
        Set<Integer> served = new HashSet<>();
        for (Topology topology : model.topologies()) {
            for (Network network : topology.getNetworks()) {
                if (!network.getDhcpServers().isEmpty()) {
                    served.add(segments.segmentOfNetwork(network));
                }
            }
        }
        for (Host host : model.hosts()) {
            for (VirtualSwitch vswitch : host.getSwitches()) {
                if (vswitch.getDhcpService() != null && host.getPlatform() == Platform.VIRTUAL_SERVER) {
                    served.add(segments.segmentOfSwitch(vswitch));
                }
            }
            for (VirtualMachine vm : host.getVms()) {
                for (VmDhcpServer server : vm.getDhcpServers()) {
                    if (server.getNic() != null && !server.getNic().eIsProxy() && !server.getNic().isDhcpGuard()) {
                        // rule X-4: DhcpGuard on the server's NIC drops its offers, so it serves no one
                        served.add(segments.segmentOf(server.getNic()));
                    }
                }
            }
        }
        served.remove(-1);
        return served;
    }

    private static VirtualSwitch switchOf(Interface nic) {
        if (nic instanceof VmNic vmNic) {
            return vmNic.getSwitch() == null || vmNic.getSwitch().eIsProxy() ? null : vmNic.getSwitch();
        }
        return nic instanceof HostVirtualNic && nic.eContainer() instanceof VirtualSwitch vswitch ? vswitch : null;
    }

    private static boolean isLocal(VirtualSwitch vswitch) {
        return vswitch.getKind() == SwitchKind.INTERNAL || vswitch.getKind() == SwitchKind.PRIVATE;
    }

    private static String kind(VirtualSwitch vswitch) {
        return vswitch.getKind() == SwitchKind.INTERNAL ? "internal" : "private";
    }
}
