// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

/** An IPv4 setting that moves from the physical NIC onto the new host vNIC (rule I-2 on 2012+, or preserve-ip-on-install). */
public record MovedSetting(String nic, String to, String setting) {
}
