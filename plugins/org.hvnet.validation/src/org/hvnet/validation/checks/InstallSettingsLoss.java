// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.validation.Rule;

/**
 * Rule V-4 (I-2): the static IPv4 settings of a NIC that the planned Hyper-V install uses are lost where the
 * install does not carry them over: the 2008 profile (the catalogue limits the rule to it), unless the host is
 * marked preserve-ip-on-install. Reported at the NIC's ipv4 line; the language server offers the quick fix.
 */
public final class InstallSettingsLoss implements TopologyCheck {

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Host host : model.hosts()) {
            if (host.isPreserveIpOnInstall()) {
                continue;
            }
            for (PhysicalNic nic : PlannedInstalls.nics(host)) {
                StaticIpv4Config settings = InterfaceSettings.staticSettings(nic);
                if (settings != null && Ownership.host(nic) == host && InterfaceSettings.hasTcpIp4(nic)) {
                    findings.report(Rule.V4_STATIC_IP_LOST_ON_INSTALL, nic, HvnetPackage.Literals.INTERFACE__IPV4,
                            Labels.of(nic), "ipv4 static " + InterfaceSettings.text(settings));
                }
            }
        }
    }
}
