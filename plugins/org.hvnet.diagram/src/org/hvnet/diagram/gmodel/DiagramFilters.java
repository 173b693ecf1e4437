// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

/**
 * The layers of the diagram a user can show or hide (what Sirius calls layers and filters): VMs, private
 * switches, NIC bindings, addresses, broadcast domains shaded (rule T-1), the planned install applied (rule
 * I-2: the simulated model, read-only), and ports, links and networks coloured by VLAN (rule X-3).
 */
public record DiagramFilters(boolean vms, boolean privateSwitches, boolean bindings, boolean addresses, boolean segments,
        boolean plannedInstallApplied, boolean vlans) {

    /** The layers without the VLAN colours. */
    public DiagramFilters(boolean vms, boolean privateSwitches, boolean bindings, boolean addresses, boolean segments,
            boolean plannedInstallApplied) {
        this(vms, privateSwitches, bindings, addresses, segments, plannedInstallApplied, false);
    }

    /** Everything shown, the file as written, no shading. */
    public static final DiagramFilters ALL = new DiagramFilters(true, true, true, true, false, false);
}
