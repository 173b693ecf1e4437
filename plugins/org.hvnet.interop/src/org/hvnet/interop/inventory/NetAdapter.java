// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import org.hvnet.model.values.MacAddress;

/**
 * One row of {@code Get-NetAdapter -IncludeHidden}: a physical NIC or a host vNIC ({@code vEthernet (…)}), by the
 * name Network Connections shows.
 *
 * @param name the connection name, e.g. {@code Ethernet 2} or {@code vEthernet (LAN)}
 * @param interfaceDescription the driver's description; an external switch names its NICs by it
 * @param interfaceIndex {@code ifIndex}, or null
 * @param macAddress the MAC, or null
 * @param status {@code Up}, {@code Disconnected}, {@code Disabled}…, or null
 * @param virtual true for software adapters (host vNICs among them)
 * @param hidden true for adapters only {@code -IncludeHidden} lists
 * @param hardwareInterface true for NICs on real hardware
 * @param deviceId the device id ({@code {GUID}}), which a host vNIC shares with its Hyper-V adapter, or null
 * @param interfaceGuid the interface GUID, or null
 */
public record NetAdapter(String name, String interfaceDescription, Integer interfaceIndex, MacAddress macAddress,
        String status, boolean virtual, boolean hidden, boolean hardwareInterface, String deviceId,
        String interfaceGuid) {
}
