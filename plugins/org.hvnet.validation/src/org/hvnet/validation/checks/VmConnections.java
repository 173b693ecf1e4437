// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation.checks;

import org.hvnet.model.Host;
import org.hvnet.model.HvnetPackage;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.validation.Rule;

/** Rule S-7 (cited by V-2): a VM NIC connects only to a switch of the VM's own host; unconnected is allowed. */
public final class VmConnections implements TopologyCheck {

    @Override
    public void check(ModelUnderCheck model, Findings findings) {
        for (ModelUnderCheck.HostVmNics ports : model.vmNicsByHost()) {
            Host host = ports.host();
            for (VmNic nic : ports.nics()) {
                VirtualSwitch vswitch = nic.getSwitch();
                if (vswitch == null || vswitch.eIsProxy()) {
                    continue; // unconnected (allowed), or unresolved (rule link)
                }
                Host other = Ownership.host(vswitch);
                if (other != host) {
                    findings.report(Rule.V2_VM_NIC_ON_OTHER_HOST, nic, HvnetPackage.Literals.VM_NIC__SWITCH,
                            Labels.withKind(nic), Labels.name(vswitch.getName()), other == null ? "?" : Labels.of(other),
                            Labels.of(host));
                }
            }
        }
    }
}
