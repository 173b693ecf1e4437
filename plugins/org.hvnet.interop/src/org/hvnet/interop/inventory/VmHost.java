// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import org.hvnet.model.values.MacAddress;

/**
 * Get-VMHost: the host's pool of dynamic MAC addresses (rule X-5).
 *
 * @param name the host's name as Hyper-V reports it, or null
 * @param macAddressMinimum the first MAC of the pool, or null
 * @param macAddressMaximum the last MAC of the pool, or null
 */
public record VmHost(String name, MacAddress macAddressMinimum, MacAddress macAddressMaximum) {
}
