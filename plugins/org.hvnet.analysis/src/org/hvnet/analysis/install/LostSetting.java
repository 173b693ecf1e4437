// SPDX-License-Identifier: EPL-2.0
package org.hvnet.analysis.install;

import java.util.List;

/**
 * An IPv4 setting of a physical NIC that the install does not carry over (rule I-2 on hyperv-2008), with one
 * warning per lost setting in the style of rule I-5.
 */
public record LostSetting(String nic, String setting, List<String> warnings) {
}
