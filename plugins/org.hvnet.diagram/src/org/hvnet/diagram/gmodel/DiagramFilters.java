package org.hvnet.diagram.gmodel;

/**
 * The layers of the diagram a user can show or hide (what Sirius calls layers and filters): VMs, private
 * switches, NIC bindings, addresses, and the planned install applied (rule I-2).
 */
public record DiagramFilters(boolean vms, boolean privateSwitches, boolean bindings, boolean addresses,
        boolean plannedInstallApplied) {

    /** Everything shown, the file as written. */
    public static final DiagramFilters ALL = new DiagramFilters(true, true, true, true, false);
}
