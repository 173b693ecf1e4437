// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

import static org.hvnet.interop.export.script.ScriptText.inMessage;
import static org.hvnet.interop.export.script.ScriptText.quote;

import org.hvnet.model.Host;
import org.hvnet.model.NetNat;
import org.hvnet.model.PortMapping;
import org.hvnet.model.Protocol;

/** WinNAT (rule X-1): New-NetNat for each {@code netnat}, Add-NetNatStaticMapping for each {@code forward}. */
final class NatSteps {

    private final Host host;
    private final ScriptText script;

    NatSteps(Host host, ScriptText script) {
        this.host = host;
        this.script = script;
    }

    void write() {
        for (NetNat nat : host.getNetNats()) {
            String name = nat.getName();
            String prefix = String.valueOf(nat.getInternalPrefix());
            script.line("").line("# WinNAT " + name + ": " + prefix)
                    .line("$nat = Get-NetNat -ErrorAction SilentlyContinue | Where-Object { $_.Name -eq " + quote(name) + " }")
                    .open("if (-not $nat) {")
                    .open("if ($PSCmdlet.ShouldProcess(" + quote("NetNat " + name) + ", " + quote("New-NetNat " + prefix) + ")) {")
                    .line("New-NetNat -Name " + quote(name) + " -InternalIPInterfaceAddressPrefix " + quote(prefix) + " | Out-Null")
                    .close("}")
                    .reopen("} elseif ($nat.InternalIPInterfaceAddressPrefix -ne " + quote(prefix) + ") {")
                    .line("throw \"NetNat '" + inMessage(name) + "' translates $($nat.InternalIPInterfaceAddressPrefix) on this host, " + prefix
                            + " in the model: change it by hand, then run the script again.\"")
                    .close("}");
            if (nat.getStaticMappings().isEmpty()) {
                continue;
            }
            script.line("$mappings = @(Get-NetNatStaticMapping -NatName " + quote(name) + " -ErrorAction SilentlyContinue)");
            for (PortMapping mapping : nat.getStaticMappings()) {
                String protocol = mapping.getProtocol() == Protocol.UDP ? "UDP" : "TCP";
                int privatePort = mapping.getPrivatePort() == null ? mapping.getPublicPort() : mapping.getPrivatePort();
                String internal = String.valueOf(mapping.getPrivateAddress());
                script.open("if (-not ($mappings | Where-Object { $_.Protocol -eq '" + protocol + "' -and $_.ExternalPort -eq " + mapping.getPublicPort()
                        + " -and $_.InternalIPAddress -eq " + quote(internal) + " -and $_.InternalPort -eq " + privatePort + " })) {")
                        .open("if ($PSCmdlet.ShouldProcess(" + quote("NetNat " + name) + ", " + quote("Add-NetNatStaticMapping " + protocol + " "
                                + mapping.getPublicPort() + " to " + internal + ":" + privatePort) + ")) {")
                        .line("Add-NetNatStaticMapping -NatName " + quote(name) + " -Protocol " + protocol + " -ExternalIPAddress '0.0.0.0/24'"
                                + " -ExternalPort " + mapping.getPublicPort() + " -InternalIPAddress " + quote(internal) + " -InternalPort "
                                + privatePort + " | Out-Null")
                        .close("}").close("}");
            }
        }
    }
}
