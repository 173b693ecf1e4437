// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

import static org.hvnet.interop.export.script.ScriptText.quote;

import java.util.List;

import org.hvnet.model.AclAction;
import org.hvnet.model.AclDirection;
import org.hvnet.model.PortAcl;
import org.hvnet.model.VirtualPort;

/**
 * A switch port's VLAN (Set-VMNetworkAdapterVlan, rule X-3) and port ACLs (Add-VMNetworkAdapterAcl, rule X-7), each
 * read first and set only when the host differs. An ACL the host has and the model lacks is reported, not removed.
 */
final class PortSteps {

    private final ScriptText script;
    private final String label;
    private final String selector;

    /** Steps for the port {@code label}, which the cmdlets select with {@code selector} (e.g. {@code -VMNetworkAdapter $nic}). */
    PortSteps(ScriptText script, String label, String selector) {
        this.script = script;
        this.label = label;
        this.selector = selector;
    }

    void write(VirtualPort port) {
        vlan(port);
        acls(port.getAcls());
    }

    private void vlan(VirtualPort port) {
        script.line("$vlan = Get-VMNetworkAdapterVlan " + selector);
        String condition;
        String set;
        String what;
        if (port.getTrunk() != null) {
            String allowed = String.join(",", port.getTrunk().getAllowed().stream().map(String::valueOf).toList());
            int nativeVlan = port.getTrunk().getNativeVlan() == null ? 0 : port.getTrunk().getNativeVlan();
            condition = "$vlan.OperationMode -ne 'Trunk' -or $vlan.NativeVlanId -ne " + nativeVlan + " -or $vlan.AllowedVlanIdListString -ne "
                    + quote(allowed);
            set = "-Trunk -AllowedVlanIdList " + quote(allowed) + " -NativeVlanId " + nativeVlan;
            what = "trunk " + allowed + " native " + nativeVlan;
        } else if (port.getVlan() != null) {
            condition = "$vlan.OperationMode -ne 'Access' -or $vlan.AccessVlanId -ne " + port.getVlan();
            set = "-Access -VlanId " + port.getVlan();
            what = "access VLAN " + port.getVlan();
        } else {
            condition = "$vlan.OperationMode -ne 'Untagged'";
            set = "-Untagged";
            what = "untagged";
        }
        script.open("if (" + condition + ") {")
                .open("if ($PSCmdlet.ShouldProcess(" + quote(label) + ", " + quote("Set-VMNetworkAdapterVlan " + what) + ")) {")
                .line("Set-VMNetworkAdapterVlan " + selector + " " + set)
                .close("}").close("}");
    }

    private void acls(List<PortAcl> acls) {
        if (acls.isEmpty()) {
            return;
        }
        script.line("$acls = @(Get-VMNetworkAdapterAcl " + selector + ")");
        for (PortAcl acl : acls) {
            String action = acl.getAction() == AclAction.ALLOW ? "Allow" : "Deny";
            String remote = String.valueOf(acl.getRemotePrefix());
            List<String> directions = acl.getDirection() == AclDirection.BOTH ? List.of("Inbound", "Outbound")
                    : List.of(acl.getDirection() == AclDirection.IN ? "Inbound" : "Outbound");
            String direction = acl.getDirection() == AclDirection.BOTH ? "Both" : directions.get(0);
            StringBuilder missing = new StringBuilder();
            for (String one : directions) {
                missing.append(missing.isEmpty() ? "" : " -or ").append("-not ($acls | Where-Object { $_.Action -eq '").append(action)
                        .append("' -and $_.Direction -eq '").append(one).append("' -and $_.RemoteAddress -eq ").append(quote(remote)).append(" })");
            }
            script.open("if (" + missing + ") {")
                    .open("if ($PSCmdlet.ShouldProcess(" + quote(label) + ", " + quote("Add-VMNetworkAdapterAcl " + action + " " + direction + " "
                            + remote) + ")) {")
                    .line("Add-VMNetworkAdapterAcl " + selector + " -Action " + action + " -Direction " + direction + " -RemoteIPAddress "
                            + quote(remote))
                    .close("}").close("}");
        }
    }
}
