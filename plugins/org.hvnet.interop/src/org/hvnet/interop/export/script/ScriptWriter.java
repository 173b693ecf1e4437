// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

import static org.hvnet.interop.export.script.ScriptText.quote;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.interop.export.ExportResult;
import org.hvnet.model.Host;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.VirtualMachine;

/**
 * The PowerShell script that makes one host's virtual network as modeled: it refuses to run on a host whose
 * physical NICs are not the model's, then checks every element before it changes it (so a second run changes
 * nothing), and asks ShouldProcess before every change (so {@code -WhatIf} lists the changes and makes none).
 */
public final class ScriptWriter {

    private final Host host;
    private final String source;
    private final List<String> warnings = new ArrayList<>();

    /** The writer of {@code host} (a host of the simulated model) from the model file(s) {@code source}. */
    public ScriptWriter(Host host, String source) {
        this.host = host;
        this.source = source;
    }

    /** The script and what it leaves to the administrator. */
    public ExportResult write() {
        ScriptText script = new ScriptText();
        header(script);
        nicCheck(script);
        new SwitchSteps(host, script, warnings).write();
        new AddressSteps(host, script).write();
        new NatSteps(host, script).write();
        new VmSteps(host, script).write();
        script.line("").line("Write-Host " + quote("Host " + host.getName() + " is as modeled."));
        if (host.getRras() != null) {
            warnings.add(host.getName() + ": RRAS (rules T-5, T-6) is not configured by the script");
        }
        for (VirtualMachine vm : host.getVms()) {
            if (!vm.getDhcpServers().isEmpty() || vm.isRouting()) {
                warnings.add(vm.getName() + ": what runs inside the VM (DHCP server, routing) is not configured by the script");
            }
        }
        return new ExportResult(script.toString(), warnings);
    }

    private void header(ScriptText script) {
        script.line("<#")
                .line(".SYNOPSIS")
                .line("    Makes the virtual network of host " + ScriptText.inComment(host.getName()) + " as modeled in "
                        + ScriptText.inComment(source) + ".")
                .line(".DESCRIPTION")
                .line("    Written by hvnet export. It refuses to run unless this host's physical NICs are the model's (names and")
                .line("    MACs). Every step checks the host first and changes only what differs, so a second run changes nothing.")
                .line("    Run it with -WhatIf to list the changes without making them, and with -Confirm to be asked before each.")
                .line("    It creates no VMs (a missing VM is reported and its NICs skipped) and changes no protocol bindings.")
                .line(".PARAMETER AnyComputerName")
                .line("    Runs on a computer whose name is not " + ScriptText.inComment(host.getName()) + " (the physical NICs must still match).")
                .line("#>")
                .line("#Requires -Version 5.1")
                .line("#Requires -RunAsAdministrator")
                .line("#Requires -Modules Hyper-V, NetAdapter, NetTCPIP, DnsClient" + (host.getNetNats().isEmpty() ? "" : ", NetNat"))
                .line("[CmdletBinding(SupportsShouldProcess = $true)]")
                .line("param(")
                .line("    [switch]$AnyComputerName")
                .line(")")
                .line("Set-StrictMode -Version 3.0")
                .line("$ErrorActionPreference = 'Stop'")
                .line("");
    }

    private void nicCheck(ScriptText script) {
        script.line("# This must be host " + ScriptText.inComment(host.getName()) + ", with the physical NICs of the model")
                .open("if (-not $AnyComputerName -and $env:COMPUTERNAME -ne " + quote(host.getName()) + ") {")
                .line("throw \"This is $env:COMPUTERNAME, not " + ScriptText.inMessage(host.getName())
                        + " (nothing was changed). Run the script there, or with -AnyComputerName.\"")
                .close("}")
                .line("$mismatches = @()");
        for (PhysicalNic nic : host.getNics()) {
            script.line("$adapter = @(Get-NetAdapter -Physical | Where-Object { $_.Name -eq " + quote(nic.getName()) + " })")
                    .open("if ($adapter.Count -eq 0) {")
                    .line("$mismatches += " + quote("no physical NIC '" + nic.getName() + "'"));
            if (nic.getMac() != null) {
                String mac = nic.getMac().toString();
                script.reopen("} elseif ($adapter[0].MacAddress -ne " + quote(mac) + ") {")
                        .line("$mismatches += \"NIC '" + ScriptText.inMessage(nic.getName()) + "' has MAC $($adapter[0].MacAddress), the model "
                                + mac + "\"");
            }
            script.close("}");
        }
        script.open("if ($mismatches.Count -gt 0) {")
                .line("throw (\"The physical NICs of this host are not those of the model (nothing was changed): \" + ($mismatches -join '; '))")
                .close("}");
    }
}
