// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

import static org.hvnet.interop.export.script.ScriptText.inMessage;
import static org.hvnet.interop.export.script.ScriptText.quote;

import java.util.List;

import org.hvnet.interop.inventory.VmSwitch;
import org.hvnet.interop.windows.HostVnicNames;
import org.hvnet.model.Host;
import org.hvnet.model.HostVirtualNic;
import org.hvnet.model.PhysicalNic;
import org.hvnet.model.SwitchKind;
import org.hvnet.model.VirtualSwitch;

/**
 * The MAC address pool (Set-VMHost), the virtual switches (New-VMSwitch; the Default Switch is Windows's own and only
 * checked), and the host vNICs (Add-VMNetworkAdapter -ManagementOS, the connection name, VLAN and ACLs).
 */
final class SwitchSteps {

    private final Host host;
    private final ScriptText script;
    private final List<String> warnings;

    SwitchSteps(Host host, ScriptText script, List<String> warnings) {
        this.host = host;
        this.script = script;
        this.warnings = warnings;
    }

    void write() {
        if (host.getMacPool() != null) {
            String first = host.getMacPool().getFirst().toString().replace("-", "");
            String last = host.getMacPool().getLast().toString().replace("-", "");
            script.line("").line("# MAC address pool (rule X-5)")
                    .line("$vmHost = Get-VMHost")
                    .open("if ($vmHost.MacAddressMinimum -ne " + quote(first) + " -or $vmHost.MacAddressMaximum -ne " + quote(last) + ") {")
                    .open("if ($PSCmdlet.ShouldProcess(" + quote(host.getName()) + ", " + quote("Set-VMHost MAC address pool " + first + " - " + last) + ")) {")
                    .line("Set-VMHost -MacAddressMinimum " + quote(first) + " -MacAddressMaximum " + quote(last))
                    .close("}").close("}");
        }
        for (VirtualSwitch vswitch : host.getSwitches()) {
            script.line("");
            if (vswitch.getKind() == SwitchKind.DEFAULT) {
                defaultSwitch(vswitch);
                continue;
            }
            vswitch(vswitch);
            for (HostVirtualNic vnic : vswitch.getHostVnics()) {
                hostVnic(vswitch, vnic);
            }
        }
    }

    private void defaultSwitch(VirtualSwitch vswitch) {
        script.line("# " + vswitch.getName() + ": the Default Switch of Windows (rule X-2), which Windows creates itself")
                .open("if (-not (Get-VMSwitch | Where-Object { $_.Id -eq " + quote(VmSwitch.DEFAULT_SWITCH_ID) + " })) {")
                .line("Write-Warning " + quote("This host has no Default Switch: it comes with Hyper-V on Windows 10 and 11 only."))
                .close("}");
        if (vswitch.getSubnet() != null) {
            warnings.add(host.getName() + "." + vswitch.getName() + ": the Default Switch's subnet is chosen by Windows at boot; "
                    + vswitch.getSubnet() + " is not set by the script");
        }
    }

    private void vswitch(VirtualSwitch vswitch) {
        String name = vswitch.getName();
        String kind = switch (vswitch.getKind()) {
            case EXTERNAL -> "External";
            case INTERNAL -> "Internal";
            default -> "Private";
        };
        StringBuilder create = new StringBuilder("New-VMSwitch -Name " + quote(name));
        String what = kind.toLowerCase(java.util.Locale.ROOT);
        if (vswitch.getKind() == SwitchKind.EXTERNAL) {
            List<String> nics = vswitch.getExternalNics().stream().map(PhysicalNic::getName).toList();
            create.append(" -NetAdapterName ").append(String.join(", ", nics.stream().map(ScriptText::quote).toList()));
            if (vswitch.isEmbeddedTeaming()) {
                create.append(" -EnableEmbeddedTeaming $true");
            }
            create.append(" -AllowManagementOS $").append(managementVnicOfSwitch(vswitch) != null);
            what += " on " + String.join(", ", nics) + (vswitch.isEmbeddedTeaming() ? " (Switch Embedded Teaming)" : "");
        } else {
            create.append(" -SwitchType ").append(kind);
        }
        script.line("# switch " + name + ": " + what)
                .line("$switch = Get-VMSwitch | Where-Object { $_.Name -eq " + quote(name) + " }")
                .open("if (-not $switch) {")
                .open("if ($PSCmdlet.ShouldProcess(" + quote("switch " + name) + ", " + quote("New-VMSwitch " + what) + ")) {")
                .line(create + " | Out-Null")
                .close("}")
                .reopen("} elseif ($switch.SwitchType -ne " + quote(kind) + ") {")
                .line("throw \"Switch '" + inMessage(name) + "' is $($switch.SwitchType) on this host, " + kind
                        + " in the model: change it by hand, then run the script again.\"")
                .close("}");
    }

    /** The host vNIC that New-VMSwitch -AllowManagementOS creates itself: the one Hyper-V names like the switch. */
    private static HostVirtualNic managementVnicOfSwitch(VirtualSwitch vswitch) {
        if (!vswitch.isAllowManagementOS()) {
            return null;
        }
        return vswitch.getHostVnics().stream().filter(v -> HostVnicNames.hyperVName(v.getName()).equals(vswitch.getName()))
                .findFirst().orElse(null);
    }

    private void hostVnic(VirtualSwitch vswitch, HostVirtualNic vnic) {
        String hyperV = HostVnicNames.hyperVName(vnic.getName());
        script.line("# host vNIC " + vnic.getName() + " on " + vswitch.getName())
                .line("$vnic = Get-VMNetworkAdapter -ManagementOS | Where-Object { $_.Name -eq " + quote(hyperV) + " }")
                .open("if (-not $vnic) {")
                .open("if ($PSCmdlet.ShouldProcess(" + quote("host vNIC " + vnic.getName()) + ", " + quote("Add-VMNetworkAdapter on switch "
                        + vswitch.getName()) + ")) {")
                .line("$vnic = Add-VMNetworkAdapter -ManagementOS -Name " + quote(hyperV) + " -SwitchName " + quote(vswitch.getName())
                        + (vnic.getMac() == null ? "" : " -StaticMacAddress " + quote(vnic.getMac().toString().replace("-", ""))) + " -Passthru")
                .close("}")
                .reopen("} elseif ($vnic.SwitchName -ne " + quote(vswitch.getName()) + ") {")
                .line("Write-Warning \"Host vNIC '" + inMessage(vnic.getName()) + "' is on switch '$($vnic.SwitchName)', on '"
                        + inMessage(vswitch.getName()) + "' in the model: move it by hand.\"")
                .close("}");
        script.open("if ($vnic) {");
        if (!HostVnicNames.isDefaultConnectionName(vnic.getName())) {
            script.line("$connection = Get-NetAdapter | Where-Object { $_.DeviceID -eq $vnic.DeviceId }")
                    .open("if ($connection -and $connection.Name -ne " + quote(vnic.getName()) + ") {")
                    .open("if ($PSCmdlet.ShouldProcess(\"connection $($connection.Name)\", " + quote("Rename-NetAdapter to " + vnic.getName()) + ")) {")
                    .line("Rename-NetAdapter -Name $connection.Name -NewName " + quote(vnic.getName()))
                    .close("}").close("}");
        }
        new PortSteps(script, "host vNIC " + vnic.getName(), "-ManagementOS -VMNetworkAdapterName " + quote(hyperV)).write(vnic);
        script.close("}");
    }
}
