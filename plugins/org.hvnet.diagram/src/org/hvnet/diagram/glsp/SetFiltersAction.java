// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Sent by the client's layer toggles: which layers the diagram shows. */
public class SetFiltersAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetSetFilters";

    private boolean vms = true;
    private boolean privateSwitches = true;
    private boolean bindings = true;
    private boolean addresses = true;
    private boolean segments;
    private boolean plannedInstallApplied;
    private boolean vlans;

    /** All layers shown. */
    public SetFiltersAction() {
        super(KIND);
    }

    /** Show VMs. */
    public boolean isVms() {
        return vms;
    }

    /** Show private switches. */
    public boolean isPrivateSwitches() {
        return privateSwitches;
    }

    /** Show NIC bindings. */
    public boolean isBindings() {
        return bindings;
    }

    /** Show addresses. */
    public boolean isAddresses() {
        return addresses;
    }

    /** Shade broadcast domains (rule T-1). */
    public boolean isSegments() {
        return segments;
    }

    /** Show the planned install applied (rule I-2). */
    public boolean isPlannedInstallApplied() {
        return plannedInstallApplied;
    }

    /** Colour ports, links and networks by VLAN (rule X-3). */
    public boolean isVlans() {
        return vlans;
    }
}
