// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import org.hvnet.model.values.Ipv4Address;

/**
 * One row of Get-NetNatStaticMapping: a port of the host forwarded to an address inside a NAT (rule X-1).
 *
 * @param natName the NAT it belongs to
 * @param protocol TCP or UDP
 * @param externalIpAddress the external address as Windows wrote it (often {@code 0.0.0.0/24}: any)
 * @param externalPort the host's port
 * @param internalAddress the address inside the NAT
 * @param internalPort the port there
 */
public record NatStaticMapping(String natName, NatProtocol protocol, String externalIpAddress, int externalPort,
        Ipv4Address internalAddress, int internalPort) {
}
