// SPDX-License-Identifier: EPL-2.0
package org.hvnet.validation;

import org.hvnet.model.Host;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.VmNic;
import org.hvnet.validation.checks.Labels;
import org.hvnet.validation.checks.Ownership;

/**
 * The catalogue's messages for names that a rule forbids to resolve, so the language's linker reports them: a VM NIC
 * naming a switch of another host (V-2, rule S-7) and an external switch naming a NIC its host lacks (V-3). The
 * .hvnet scoping offers only the host's own switches and NICs; the linker reports such a name with the rule id as
 * its issue code and this message, in the same words as the validator's finding for a model built in memory.
 */
public final class LinkFindings {

    private LinkFindings() {
    }

    /** V-2: {@code nic} names {@code switchName}, a switch of host {@code other} (null when unknown). */
    public static String vmNicOnOtherHost(VmNic nic, String switchName, Host other) {
        return Rule.V2_VM_NIC_ON_OTHER_HOST.message(Labels.withKind(nic), Labels.name(switchName),
                other == null ? "?" : Labels.of(other), Labels.of(Ownership.host(nic)));
    }

    /** V-3: external switch {@code vswitch} names {@code nicName}, which is not a physical NIC of its host. */
    public static String externalNicNotOnHost(VirtualSwitch vswitch, String nicName) {
        return Rule.V3_EXTERNAL_NIC_NOT_ON_HOST.message(Labels.of(vswitch), "NIC " + Labels.name(nicName),
                Labels.of(Ownership.host(vswitch)));
    }
}
