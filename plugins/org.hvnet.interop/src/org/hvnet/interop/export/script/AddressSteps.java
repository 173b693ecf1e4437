// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.export.script;

import static org.hvnet.interop.export.script.ScriptText.quote;

import java.util.ArrayList;
import java.util.List;

import org.hvnet.analysis.segments.EffectiveBindings;
import org.hvnet.model.DhcpIpv4Config;
import org.hvnet.model.Host;
import org.hvnet.model.Interface;
import org.hvnet.model.StaticIpv4Config;
import org.hvnet.model.VirtualSwitch;
import org.hvnet.model.values.Ipv4Address;

/**
 * The IPv4 settings the model writes on the host's own interfaces (host vNICs, and physical NICs bound to TCP/IPv4):
 * a static address with its gateway (New-NetIPAddress, New-NetRoute) and DNS servers (Set-DnsClientServerAddress), or
 * DHCP (Set-NetIPInterface). An interface without an {@code ipv4} line is left as it is.
 */
final class AddressSteps {

    private final Host host;
    private final ScriptText script;

    AddressSteps(Host host, ScriptText script) {
        this.host = host;
        this.script = script;
    }

    void write() {
        List<Interface> interfaces = new ArrayList<>(host.getNics().stream().filter(EffectiveBindings::hasTcpip4).toList());
        for (VirtualSwitch vswitch : host.getSwitches()) {
            interfaces.addAll(vswitch.getHostVnics());
        }
        for (Interface iface : interfaces) {
            if (iface.getIpv4() instanceof StaticIpv4Config config && config.getAddress() != null) {
                staticAddress(iface.getName(), config);
            } else if (iface.getIpv4() instanceof DhcpIpv4Config) {
                dhcp(iface.getName());
            }
        }
    }

    private void staticAddress(String alias, StaticIpv4Config config) {
        String address = config.getAddress().address().toString();
        int prefix = config.getAddress().prefix();
        script.line("").line("# IPv4 of " + alias + ": static " + config.getAddress()
                + (config.getGateway() == null ? "" : " gateway " + config.getGateway()))
                .line("$alias = " + quote(alias))
                .line("$present = Get-NetIPAddress -InterfaceAlias $alias -AddressFamily IPv4 -ErrorAction SilentlyContinue |"
                        + " Where-Object { $_.IPAddress -eq " + quote(address) + " -and $_.PrefixLength -eq " + prefix + " }")
                .open("if (-not $present) {")
                .open("if ($PSCmdlet.ShouldProcess($alias, " + quote("New-NetIPAddress " + config.getAddress()) + ")) {")
                .line("Set-NetIPInterface -InterfaceAlias $alias -AddressFamily IPv4 -Dhcp Disabled")
                .line("New-NetIPAddress -InterfaceAlias $alias -AddressFamily IPv4 -IPAddress " + quote(address) + " -PrefixLength " + prefix
                        + " | Out-Null")
                .close("}").close("}");
        if (config.getGateway() != null) {
            String gateway = config.getGateway().toString();
            script.line("$route = Get-NetRoute -InterfaceAlias $alias -DestinationPrefix '0.0.0.0/0' -ErrorAction SilentlyContinue |"
                    + " Where-Object { $_.NextHop -eq " + quote(gateway) + " }")
                    .open("if (-not $route) {")
                    .open("if ($PSCmdlet.ShouldProcess($alias, " + quote("New-NetRoute 0.0.0.0/0 via " + gateway) + ")) {")
                    .line("New-NetRoute -InterfaceAlias $alias -AddressFamily IPv4 -DestinationPrefix '0.0.0.0/0' -NextHop " + quote(gateway)
                            + " | Out-Null")
                    .close("}").close("}");
        }
        if (!config.getDns().isEmpty()) {
            List<String> servers = config.getDns().stream().map(Ipv4Address::toString).toList();
            script.line("$dns = @((Get-DnsClientServerAddress -InterfaceAlias $alias -AddressFamily IPv4 -ErrorAction SilentlyContinue)"
                    + ".ServerAddresses)")
                    .open("if (($dns -join ',') -ne " + quote(String.join(",", servers)) + ") {")
                    .open("if ($PSCmdlet.ShouldProcess($alias, " + quote("Set-DnsClientServerAddress " + String.join(", ", servers)) + ")) {")
                    .line("Set-DnsClientServerAddress -InterfaceAlias $alias -ServerAddresses "
                            + String.join(", ", servers.stream().map(ScriptText::quote).toList()))
                    .close("}").close("}");
        }
    }

    private void dhcp(String alias) {
        script.line("").line("# IPv4 of " + alias + ": DHCP")
                .line("$alias = " + quote(alias))
                .line("$ipInterface = Get-NetIPInterface -InterfaceAlias $alias -AddressFamily IPv4 -ErrorAction SilentlyContinue")
                .open("if ($ipInterface -and $ipInterface.Dhcp -ne 'Enabled') {")
                .open("if ($PSCmdlet.ShouldProcess($alias, 'Set-NetIPInterface -Dhcp Enabled')) {")
                .line("Set-NetIPInterface -InterfaceAlias $alias -AddressFamily IPv4 -Dhcp Enabled")
                .close("}").close("}");
    }
}
