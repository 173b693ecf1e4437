// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import java.util.List;

import org.hvnet.model.values.Ipv4Address;
import org.hvnet.model.values.MacAddress;

/**
 * One row of {@code Get-VMNetworkAdapter -All}: a VM's NIC or a host vNIC of the management OS, with its VLAN
 * setting and port ACLs (the per-NIC cmdlets' rows win over the values nested here).
 *
 * @param name the NIC's name, made unique per VM by the reader ({@code Network Adapter 2} for the second
 *        {@code Network Adapter})
 * @param windowsName the name as Windows reports it
 * @param vmName the VM's name; null for a host vNIC
 * @param managementOs true for a host vNIC
 * @param id the adapter's id ({@code Microsoft:…}), or null
 * @param deviceId the device id of a host vNIC ({@code {GUID}}), which Get-NetAdapter shows too, or null
 * @param switchName the switch it is connected to, or null
 * @param switchId the GUID of that switch, or null
 * @param macAddress the MAC, or null (a dynamic MAC not yet given, {@code 000000000000})
 * @param dynamicMac true when Hyper-V picks the MAC from the host's pool
 * @param ipAddresses the IPv4 addresses the VM reports (integration services; none when it is off)
 * @param dhcpGuard DhcpGuard (rule X-4), or null when not reported
 * @param routerGuard RouterGuard (rule X-4), or null when not reported
 * @param macAddressSpoofing MacAddressSpoofing (rule X-4), or null when not reported
 * @param vlan the VLAN setting, or null when the inventory does not say
 * @param acls the port ACLs (rule X-7); empty when none or not reported
 */
public record VmNetworkAdapter(String name, String windowsName, String vmName, boolean managementOs, String id,
        String deviceId, String switchName, String switchId, MacAddress macAddress, boolean dynamicMac,
        List<Ipv4Address> ipAddresses, OnOffState dhcpGuard, OnOffState routerGuard, OnOffState macAddressSpoofing,
        VlanSetting vlan, List<PortAcl> acls) {

    /** Copies the lists. */
    public VmNetworkAdapter {
        ipAddresses = List.copyOf(ipAddresses);
        acls = List.copyOf(acls);
    }

    /** This NIC with another VLAN setting and ACL list (the per-NIC cmdlets' rows). */
    public VmNetworkAdapter withSettings(VlanSetting newVlan, List<PortAcl> newAcls) {
        return new VmNetworkAdapter(name, windowsName, vmName, managementOs, id, deviceId, switchName, switchId,
                macAddress, dynamicMac, ipAddresses, dhcpGuard, routerGuard, macAddressSpoofing, newVlan, newAcls);
    }

    /** This NIC under another name (to tell apart NICs Windows named alike). */
    public VmNetworkAdapter withName(String newName) {
        return new VmNetworkAdapter(newName, windowsName, vmName, managementOs, id, deviceId, switchName, switchId,
                macAddress, dynamicMac, ipAddresses, dhcpGuard, routerGuard, macAddressSpoofing, vlan, acls);
    }
}
