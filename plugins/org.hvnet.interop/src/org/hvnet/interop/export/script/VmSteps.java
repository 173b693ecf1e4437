// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

import static org.hvnet.interop.export.script.ScriptText.inMessage;
import static org.hvnet.interop.export.script.ScriptText.quote;

import org.hvnet.model.Host;
import org.hvnet.model.VirtualMachine;
import org.hvnet.model.VmNic;

/**
 * The VMs' NICs: added (Add-VMNetworkAdapter) or connected (Connect-VMNetworkAdapter) to their switch, their static
 * MAC (only while the VM is off), guards (Set-VMNetworkAdapter, rule X-4), VLAN and ACLs. A VM the host lacks is
 * reported and skipped: the script creates no VMs.
 */
final class VmSteps {

    private final Host host;
    private final ScriptText script;

    VmSteps(Host host, ScriptText script) {
        this.host = host;
        this.script = script;
    }

    void write() {
        for (VirtualMachine vm : host.getVms()) {
            script.line("").line("# VM " + vm.getName())
                    .line("$vm = Get-VM | Where-Object { $_.Name -eq " + quote(vm.getName()) + " }")
                    .open("if (-not $vm) {")
                    .line("Write-Warning \"VM '" + inMessage(vm.getName()) + "' does not exist on this host: create it, then run the script again"
                            + " (its NICs are skipped).\"")
                    .reopen("} else {");
            for (VmNic nic : vm.getNics()) {
                nic(vm, nic);
            }
            script.close("}");
        }
    }

    private void nic(VirtualMachine vm, VmNic nic) {
        String label = vm.getName() + "." + nic.getName();
        String switchName = nic.getSwitch() == null ? null : nic.getSwitch().getName();
        script.line("$nic = Get-VMNetworkAdapter -VM $vm | Where-Object { $_.Name -eq " + quote(nic.getName()) + " }")
                .open("if (-not $nic) {")
                .open("if ($PSCmdlet.ShouldProcess(" + quote(label) + ", " + quote("Add-VMNetworkAdapter"
                        + (switchName == null ? "" : " on switch " + switchName)) + ")) {")
                .line("$nic = Add-VMNetworkAdapter -VM $vm -Name " + quote(nic.getName()) + (switchName == null ? "" : " -SwitchName " + quote(switchName))
                        + (nic.getMac() == null ? "" : " -StaticMacAddress " + quote(nic.getMac().toString().replace("-", ""))) + " -Passthru")
                .close("}");
        if (switchName != null) {
            script.reopen("} elseif ($nic.SwitchName -ne " + quote(switchName) + ") {")
                    .open("if ($PSCmdlet.ShouldProcess(" + quote(label) + ", " + quote("Connect-VMNetworkAdapter to switch " + switchName) + ")) {")
                    .line("Connect-VMNetworkAdapter -VMNetworkAdapter $nic -SwitchName " + quote(switchName))
                    .close("}");
        } else {
            script.reopen("} elseif ($nic.SwitchName) {")
                    .open("if ($PSCmdlet.ShouldProcess(" + quote(label) + ", 'Disconnect-VMNetworkAdapter')) {")
                    .line("Disconnect-VMNetworkAdapter -VMNetworkAdapter $nic")
                    .close("}");
        }
        script.close("}").open("if ($nic) {");
        if (nic.getMac() != null) {
            String mac = nic.getMac().toString().replace("-", "");
            script.open("if ($nic.DynamicMacAddressEnabled -or $nic.MacAddress -ne " + quote(mac) + ") {")
                    .open("if ($vm.State -ne 'Off') {")
                    .line("Write-Warning \"" + inMessage(label) + ": stop the VM to give its NIC the MAC " + mac + ", then run the script again.\"")
                    .reopen("} elseif ($PSCmdlet.ShouldProcess(" + quote(label) + ", " + quote("Set-VMNetworkAdapter -StaticMacAddress " + mac) + ")) {")
                    .line("Set-VMNetworkAdapter -VMNetworkAdapter $nic -StaticMacAddress " + quote(mac))
                    .close("}").close("}");
        }
        guard("DhcpGuard", nic.isDhcpGuard(), label);
        guard("RouterGuard", nic.isRouterGuard(), label);
        guard("MacAddressSpoofing", nic.isMacAddressSpoofing(), label);
        new PortSteps(script, label, "-VMNetworkAdapter $nic").write(nic);
        script.close("}");
    }

    private void guard(String property, boolean on, String label) {
        String value = on ? "On" : "Off";
        script.open("if ($nic." + property + " -ne '" + value + "') {")
                .open("if ($PSCmdlet.ShouldProcess(" + quote(label) + ", " + quote("Set-VMNetworkAdapter -" + property + " " + value) + ")) {")
                .line("Set-VMNetworkAdapter -VMNetworkAdapter $nic -" + property + " " + value)
                .close("}").close("}");
    }
}
