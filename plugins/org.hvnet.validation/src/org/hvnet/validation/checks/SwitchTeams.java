// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Network;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.validation.Rule;

/**
 * Rule V-13: an external switch on several NICs is a Switch Embedded Team ({@code embedded-teaming}) of 1 to 8
 * NICs, all cabled to the same networks. A NIC that two switches use is V-1's (ExternalSwitchBindings).
 */
public final class SwitchTeams implements TopologyCheck {

    /** The most NICs a Switch Embedded Team has. */
    static final int MAX_MEMBERS = 8;

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Host host : model.hosts()) {
            for (VirtualSwitch vswitch : host.getSwitches()) {
                if (vswitch.getKind() == SwitchKind.EXTERNAL) {
                    check(vswitch, findings);
                }
            }
        }
    }

    private static void check(VirtualSwitch vswitch, Findings findings) {
        List<PhysicalNic> nics = vswitch.getExternalNics();
        if (nics.size() < 2) {
            return;
        }
        if (!vswitch.isEmbeddedTeaming()) {
            findings.reportAt(Rule.V13_SEVERAL_NICS_WITHOUT_TEAMING, vswitch, MODEL.getVirtualSwitch_ExternalNics(), 1,
                    Labels.of(vswitch), nics.size());
            return;
        }
        if (nics.size() > MAX_MEMBERS) {
            findings.reportAt(Rule.V13_TEAM_TOO_LARGE, vswitch, MODEL.getVirtualSwitch_ExternalNics(), MAX_MEMBERS, Labels.of(vswitch),
                    nics.size());
        }
        PhysicalNic first = nics.get(0);
        if (first.eIsProxy()) {
            return;
        }
        Set<Network> expected = new HashSet<>(first.getCables());
        for (int i = 1; i < nics.size(); i++) {
            PhysicalNic member = nics.get(i);
            if (!member.eIsProxy() && !expected.equals(new HashSet<>(member.getCables()))) {
                findings.reportAt(Rule.V13_TEAM_CABLES_DIFFER, vswitch, MODEL.getVirtualSwitch_ExternalNics(), i, Labels.of(member),
                        Labels.of(vswitch), cables(member), Labels.of(first), cables(first));
            }
        }
    }

    private static String cables(PhysicalNic nic) {
        if (nic.getCables().isEmpty()) {
            return "nothing";
        }
        return String.join(", ", nic.getCables().stream().map(Labels::of).toList());
    }
}
