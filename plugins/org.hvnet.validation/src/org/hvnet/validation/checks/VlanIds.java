// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.Network;
import org.hvnet.model.Topology;
import org.hvnet.model.VirtualPort;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VlanTrunk;
import org.hvnet.model.values.VlanRange;
import org.hvnet.validation.Rule;

/**
 * Rule V-15: every VLAN id written — a network's {@code vlan}, a port's access VLAN, a trunk's allowed VLANs
 * and native VLAN — is 1 to 4094, at its position, and a trunk's native VLAN is one of its allowed VLANs.
 */
public final class VlanIds implements TopologyCheck {

    /** The lowest and highest VLAN ids (0 and 4095 are reserved by 802.1Q). */
    static final int FIRST = 1;
    static final int LAST = 4094;

    private static final HvnetPackage MODEL = HvnetPackage.eINSTANCE;

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (Topology topology : model.topologies()) {
            for (Network network : topology.getNetworks()) {
                id(network, MODEL.getNetwork_Vlan(), network.getVlan(), findings);
            }
        }
        for (ModelUnderCheck.HostVmNics ports : model.vmNicsWithPortSettings()) {
            for (VirtualSwitch vswitch : ports.host().getSwitches()) {
                for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                    port(vnic, findings);
                }
            }
            ports.nics().forEach(nic -> port(nic, findings));
        }
    }

    private static void port(VirtualPort port, Findings findings) {
        id(port, MODEL.getVirtualPort_Vlan(), port.getVlan(), findings);
        VlanTrunk trunk = port.getTrunk();
        if (trunk == null) {
            return;
        }
        List<VlanRange> allowed = trunk.getAllowed();
        for (int i = 0; i < allowed.size(); i++) {
            VlanRange range = allowed.get(i);
            if (range.first() < FIRST || range.last() > LAST) {
                findings.reportAt(Rule.V15_VLAN_ID_OUT_OF_RANGE, trunk, MODEL.getVlanTrunk_Allowed(), i, Labels.withKind(port),
                        (range.first() < FIRST ? range.first() : range.last()) + " in its allowed list");
            }
        }
        Integer nativeVlan = trunk.getNativeVlan();
        if (nativeVlan == null) {
            return;
        }
        if (!inRange(nativeVlan)) {
            id(trunk, MODEL.getVlanTrunk_NativeVlan(), nativeVlan, Labels.withKind(port), findings);
        } else if (allowed.stream().noneMatch(range -> range.contains(nativeVlan))) {
            findings.report(Rule.V15_NATIVE_VLAN_NOT_ALLOWED, trunk, MODEL.getVlanTrunk_NativeVlan(), nativeVlan, Labels.of(port),
                    String.join(", ", allowed.stream().map(VlanRange::toString).toList()));
        }
    }

    /** As below, labelled by the element's kind and name; the label is made only for a finding. */
    private static void id(EObject element, EStructuralFeature feature, Integer vlan, Findings findings) {
        if (vlan != null && !inRange(vlan)) {
            id(element, feature, vlan, Labels.withKind(element), findings);
        }
    }

    private static void id(EObject element, EStructuralFeature feature, Integer vlan, String label, Findings findings) {
        if (vlan != null && !inRange(vlan)) {
            findings.report(Rule.V15_VLAN_ID_OUT_OF_RANGE, element, feature, label, vlan);
        }
    }

    private static boolean inRange(int vlan) {
        return vlan >= FIRST && vlan <= LAST;
    }
}
