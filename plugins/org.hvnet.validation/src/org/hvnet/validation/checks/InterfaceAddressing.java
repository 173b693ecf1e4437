// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.function.Supplier;

import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Interface;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.Ipv4Cidr;
import org.hvnet.validation.Rule;

/**
 * Rules on each interface's own settings: IPv4 settings need TCP/IPv4 bound; a static
 * address is a host address of its subnet and its gateway lies in that subnet; link-local addresses are
 * never routed.
 */
public final class InterfaceAddressing implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Interface nic : model.interfaces()) {
            if (nic.getIpv4() == null) {
                continue;
            }
            if (!InterfaceSettings.hasTcpIp4(nic)) {
                findings.report(Rule.A5_IPV4_WITHOUT_TCPIP, nic, MODEL.getInterface_Ipv4(), Labels.withKind(nic));
                continue;
            }
            StaticIpv4Config settings = InterfaceSettings.staticSettings(nic);
            if (settings != null) {
                check(nic, settings, findings);
            }
        }
    }

    private static void check(Interface nic, StaticIpv4Config settings, Findings findings) {
        Ipv4Cidr address = settings.getAddress();
        Supplier<String> label = () -> Labels.withKind(nic); // made only for a finding: most addresses have none
        if (address.prefix() <= 30 && address.isNetworkAddress()) {
            findings.report(Rule.A1_NOT_A_HOST_ADDRESS, settings, MODEL.getStaticIpv4Config_Address(), label.get(), address,
                    "network", address.subnet());
        } else if (address.prefix() <= 30 && address.address().equals(address.broadcast())) {
            findings.report(Rule.A1_NOT_A_HOST_ADDRESS, settings, MODEL.getStaticIpv4Config_Address(), label.get(), address,
                    "broadcast", address.subnet());
        }
        if (address.address().isLinkLocal()) {
            findings.report(Rule.A4_LINK_LOCAL_STATIC, settings, MODEL.getStaticIpv4Config_Address(), label.get(), "address",
                    address);
        }
        Ipv4Address gateway = settings.getGateway();
        if (gateway == null) {
            return;
        }
        if (gateway.isLinkLocal() && !address.address().isLinkLocal()) {
            findings.report(Rule.A4_LINK_LOCAL_STATIC, settings, MODEL.getStaticIpv4Config_Gateway(), label.get(), "gateway",
                    gateway);
        }
        if (!address.contains(gateway)) {
            findings.report(Rule.A1_GATEWAY_OUTSIDE_SUBNET, settings, MODEL.getStaticIpv4Config_Gateway(), gateway, label.get(),
                    address.subnet());
        }
    }
}
