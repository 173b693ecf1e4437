// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.function.Supplier;

import org.hvnet.model.DhcpScope;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Network;
import org.hvnet.model.NetworkDhcpServer;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.SwitchDhcpService;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmDhcpServer;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.validation.Rule;

/**
 * Rule A-2 on DHCP servers: the range is ordered and lies in the subnet the leases take their prefix from (the
 * network's subnet; a VM server's NIC prefix; a dhcp-service's subnet, else the /24 of its range), and a VM's
 * server runs on a NIC with a static address.
 */
public final class DhcpScopes implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Topology topology : model.topologies()) {
            for (Network network : topology.getNetworks()) {
                for (NetworkDhcpServer server : network.getDhcpServers()) {
                    range(server, network.getSubnet(),
                            () -> "DHCP server " + server.getAddress() + " of network " + Labels.of(network), findings);
                }
            }
        }
        for (Host host : model.hosts()) {
            for (VirtualSwitch vswitch : host.getSwitches()) {
                SwitchDhcpService service = vswitch.getDhcpService();
                if (service != null && service.getRangeStart() != null) {
                    Ipv4Cidr subnet = service.getSubnet() != null ? service.getSubnet()
                            : new Ipv4Cidr(service.getRangeStart(), 24).subnet();
                    range(service, subnet, () -> "the dhcp-service of switch " + Labels.of(vswitch), findings);
                }
            }
            for (VirtualMachine vm : host.getVms()) {
                for (VmDhcpServer server : vm.getDhcpServers()) {
                    if (server.getNic() == null || server.getNic().eIsProxy()) {
                        continue;
                    }
                    StaticIpv4Config settings = InterfaceSettings.staticSettings(server.getNic());
                    if (settings == null) {
                        findings.report(Rule.A2_SERVER_WITHOUT_STATIC_ADDRESS, server, MODEL.getVmDhcpServer_Nic(),
                                Labels.of(vm), Labels.of(server.getNic()));
                    } else {
                        range(server, settings.getAddress().subnet(), () -> "the DHCP server of VM " + Labels.of(vm), findings);
                    }
                }
            }
        }
    }

    /** Reports a range that is inverted or outside {@code subnet}; {@code label} is asked only for a finding. */
    private static void range(DhcpScope scope, Ipv4Cidr subnet, Supplier<String> label, Findings findings) {
        if (scope.getRangeStart() == null || scope.getRangeEnd() == null) {
            return;
        }
        if (scope.getRangeStart().compareTo(scope.getRangeEnd()) > 0) {
            findings.report(Rule.A2_SCOPE_RANGE, scope, MODEL.getDhcpScope_RangeStart(), scope.getRangeStart(),
                    scope.getRangeEnd(), label.get(), "is inverted: its start is above its end");
        } else if (subnet != null && !(subnet.contains(scope.getRangeStart()) && subnet.contains(scope.getRangeEnd()))) {
            findings.report(Rule.A2_SCOPE_RANGE, scope, MODEL.getDhcpScope_RangeStart(), scope.getRangeStart(),
                    scope.getRangeEnd(), label.get(), "is not inside subnet " + subnet.subnet());
        }
    }
}
