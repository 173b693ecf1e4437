// SPDX-License-Identifier: EPL-2.0
package org.hvnet.interop.inventory;

import org.hvnet.model.values.Ipv4Cidr;

/**
 * One row of Get-NetNat: a WinNAT instance (rule X-1).
 *
 * @param name the NAT's name
 * @param internalPrefix {@code InternalIPInterfaceAddressPrefix}: the addresses it translates
 * @param active true when Windows reports it active (the default when not reported)
 */
public record NetNat(String name, Ipv4Cidr internalPrefix, boolean active) {
}
