// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.HashSet;
import java.util.Set;

import org.hvnet.model.DhcpScope;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.NatMapping;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.Platform;
import org.hvnet.model.Router;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.analysis.SimulatedModel;
import org.hvnet.analysis.names.InterfaceLookup;
import org.hvnet.analysis.segments.SegmentIndex;
import org.hvnet.validation.Rule;

/**
 * Rule V-10 (T-6) on each RRAS NAT, its interface names resolved on the simulated model (DSL.md: rras names may
 * name interfaces that the install or an internal switch creates): the private side is the host vNIC of an internal
 * switch; the public side reaches a gateway, a static gateway held by a member of its segment or a DHCP server
 * there whose scope carries one. Names that resolve nowhere are left to the {@code link} check.
 */
public final class NatSides implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Host host : model.hosts()) {
            if (host.getRras() == null || host.getRras().getNatMappings().isEmpty()) {
                continue;
            }
            SimulatedModel simulated = model.simulated();
            Host copy = simulated.copyOf(host);
            if (copy == null) {
                continue;
            }
            for (NatMapping nat : host.getRras().getNatMappings()) {
                for (int i = 0; i < nat.getPrivateInterfaces().size(); i++) {
                    Interface side = InterfaceLookup.find(copy, nat.getPrivateInterfaces().get(i));
                    if (side != null && !isInternalHostVnic(side)) {
                        findings.reportAt(Rule.V10_NAT_PRIVATE_NOT_INTERNAL, nat, MODEL.getNatMapping_PrivateInterfaces(), i,
                                Labels.name(side.getName()), Labels.of(host), describe(side));
                    }
                }
                Interface side = InterfaceLookup.find(copy, nat.getPublicInterface());
                if (side != null) {
                    String problem = gatewayProblem(side, model.simulatedSegments());
                    if (problem != null) {
                        findings.report(Rule.V10_NAT_PUBLIC_NO_GATEWAY, nat, MODEL.getNatMapping_PublicInterface(),
                                Labels.name(side.getName()), Labels.of(host), problem);
                    }
                }
            }
        }
    }

    private static boolean isInternalHostVnic(Interface side) {
        return side instanceof HostVirtualNic && side.eContainer() instanceof VirtualSwitch vswitch
                && vswitch.getKind() == SwitchKind.INTERNAL;
    }

    private static String describe(Interface side) {
        if (side.eContainer() instanceof VirtualSwitch vswitch) {
            return "the host vNIC of " + vswitch.getKind().getLiteral() + " switch " + Labels.name(vswitch.getName());
        }
        return "a " + Labels.kind(side);
    }

    /** Why the interface reaches no gateway, or null when it reaches one. */
    private static String gatewayProblem(Interface side, SegmentIndex segments) {
        if (!InterfaceSettings.hasTcpIp4(side)) {
            return "it has no TCP/IPv4 binding";
        }
        int segment = segments.segmentOf(side);
        if (segment < 0) {
            return "it is in no segment";
        }
        StaticIpv4Config settings = InterfaceSettings.staticSettings(side);
        if (settings != null) {
            Ipv4Address gateway = settings.getGateway();
            if (gateway == null) {
                return "its static address has no gateway";
            }
            return holders(segments, segment).contains(gateway) ? null
                    : "no member of its segment " + segments.name(segment) + " has its gateway " + gateway;
        }
        return hasScopeWithGateway(segments, segment) ? null
                : "no DHCP server in its segment " + segments.name(segment) + " gives a gateway";
    }

    private static Set<Ipv4Address> holders(SegmentIndex segments, int segment) {
        Set<Ipv4Address> addresses = new HashSet<>();
        for (Network network : segments.networks(segment)) {
            for (Router router : network.getRouters()) {
                addresses.add(router.getAddress());
            }
        }
        for (Interface member : segments.members(segment)) {
            StaticIpv4Config settings = InterfaceSettings.staticSettings(member);
            if (settings != null) {
                addresses.add(settings.getAddress().address());
            }
        }
        return addresses;
    }

    private static boolean hasScopeWithGateway(SegmentIndex segments, int segment) {
        for (Network network : segments.networks(segment)) {
            for (NetworkDhcpServer server : network.getDhcpServers()) {
                if (server.getGateway() != null) {
                    return true;
                }
            }
        }
        for (VirtualSwitch vswitch : segments.switches(segment)) {
            DhcpScope service = vswitch.getDhcpService();
            if (service != null && service.getGateway() != null && Ownership.host(vswitch) != null
                    && Ownership.host(vswitch).getPlatform() == Platform.VIRTUAL_SERVER) {
                return true;
            }
        }
        for (Interface member : segments.members(segment)) {
            VirtualMachine vm = Ownership.vm(member);
            if (vm != null) {
                for (VmDhcpServer server : vm.getDhcpServers()) {
                    if (server.getNic() == member && server.getGateway() != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
