// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hvnet.model.Binding;
import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.validation.Rule;

/**
 * Rules V-1 (S-1), V-3 and V-8: which physical NIC backs which external switch, written or created by the planned
 * install. A written external switch on a NIC that the install uses is the switch the install creates, written
 * explicitly (so the NIC is bound once, and its TCP/IP is the install's to remove).
 */
public final class ExternalSwitchBindings implements TopologyCheck {

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    /** One external network of a host: where it is written, and how messages name it. */
    private record ExternalNetwork(EObject element, EStructuralFeature feature, int index, String label) {
    }

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Host host : model.hosts()) {
            check(host, findings);
        }
    }

    private static void check(Host host, Findings findings) {
        Set<PhysicalNic> installed = PlannedInstalls.nics(host);
        Map<PhysicalNic, String> backing = new HashMap<>();
        List<ExternalNetwork> created = new ArrayList<>();
        List<ExternalNetwork> written = new ArrayList<>();
        for (VirtualSwitch vswitch : host.getSwitches()) {
            if (vswitch.getKind() != SwitchKind.EXTERNAL) {
                continue;
            }
            String label = "external switch " + Labels.of(vswitch);
            written.add(new ExternalNetwork(vswitch, MODEL.getNamedElement_Name(), -1, label));
            if (vswitch.getExternalNics().isEmpty()) {
                findings.report(Rule.V3_EXTERNAL_NIC_NOT_ON_HOST, vswitch, MODEL.getNamedElement_Name(), Labels.of(vswitch),
                        "no NIC", Labels.of(host));
                continue;
            }
            // each NIC of the switch (a team has several, rule X-6) is bound only to this switch (V-1, V-3, V-8)
            for (int i = 0; i < vswitch.getExternalNics().size(); i++) {
                checkUplink(host, vswitch, i, label, installed, backing, findings);
            }
        }
        List<PhysicalNic> entries = PlannedInstalls.entries(host);
        for (int i = 0; i < entries.size(); i++) {
            PhysicalNic nic = entries.get(i);
            if (nic == null || nic.eIsProxy()) {
                continue;
            }
            String label = "the external switch that the planned install creates on " + Labels.of(nic);
            if (Ownership.host(nic) != host) {
                findings.reportAt(Rule.V3_EXTERNAL_NIC_NOT_ON_HOST, host.getInstall(), MODEL.getPlannedInstall_Nics(), i,
                        "the planned install's switch", "NIC " + Labels.of(nic), Labels.of(host));
                continue;
            }
            if (entries.subList(0, i).contains(nic)) {
                findings.reportAt(Rule.V1_NIC_BACKS_ONE_SWITCH, host.getInstall(), MODEL.getPlannedInstall_Nics(), i,
                        Labels.of(nic), label, "a second one from the same install");
            } else if (!backing.containsKey(nic)) {
                backing.put(nic, label);
                created.add(new ExternalNetwork(host.getInstall(), MODEL.getPlannedInstall_Nics(), i, label));
            }
        }
        List<ExternalNetwork> externals = new ArrayList<>(created);
        externals.addAll(written);
        for (int i = 1; i < externals.size(); i++) {
            ExternalNetwork extra = externals.get(i);
            findings.reportAt(Rule.V1_ONE_EXTERNAL_NETWORK, extra.element(), extra.feature(), extra.index(), extra.label(),
                    Labels.of(host), externals.get(0).label());
        }
    }

    private static void checkUplink(Host host, VirtualSwitch vswitch, int index, String label, Set<PhysicalNic> installed,
            Map<PhysicalNic, String> backing, Findings findings) {
        PhysicalNic nic = vswitch.getExternalNics().get(index);
        if (nic.eIsProxy()) {
            return; // unresolved: reported by the linker (rule link)
        }
        if (Ownership.host(nic) != host) {
            findings.reportAt(Rule.V3_EXTERNAL_NIC_NOT_ON_HOST, vswitch, MODEL.getVirtualSwitch_ExternalNics(), index,
                    Labels.of(vswitch), "NIC " + Labels.of(nic), Labels.of(host));
            return;
        }
        String first = backing.putIfAbsent(nic, label);
        if (first != null) {
            findings.reportAt(Rule.V1_NIC_BACKS_ONE_SWITCH, vswitch, MODEL.getVirtualSwitch_ExternalNics(), index, Labels.of(nic),
                    first, label);
        } else if (!installed.contains(nic) && InterfaceSettings.hasTcpIp4(nic)) {
            reportTcpIp(nic, label, findings);
        }
    }

    private static void reportTcpIp(PhysicalNic nic, String switchLabel, Findings findings) {
        int index = nic.getBindings().indexOf(Binding.TCPIP4);
        String why = index < 0 ? " (it has no bind line, so the Windows default set)" : "";
        if (index < 0) {
            findings.report(Rule.V8_TCPIP_ON_SWITCH_NIC, nic, MODEL.getNamedElement_Name(), Labels.of(nic), switchLabel, why);
        } else {
            findings.reportAt(Rule.V8_TCPIP_ON_SWITCH_NIC, nic, MODEL.getInterface_Bindings(), index, Labels.of(nic),
                    switchLabel, why);
        }
    }
}
