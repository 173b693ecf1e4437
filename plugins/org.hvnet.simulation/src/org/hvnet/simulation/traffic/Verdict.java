// SPDX-License-Identifier: EPL-2.0
package org.hvnet.simulation.traffic;

/** How a traced packet ends (rule T-7). */
public enum Verdict {
    /** The packet reached a device owning the destination address, or the internet (T-3a). */
    DELIVERED,
    /** The packet was dropped, with a reason and a rule id. */
    DROPPED
}
