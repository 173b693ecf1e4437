// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.application;

/** The ids of the simulation views the perspective places beside Problems. */
final class SimulationViews {

    /** Install Preview, Addresses, Trace, Reachability. */
    static final String[] IDS = { "org.hvnet.ui.views.addresses", "org.hvnet.ui.views.installPreview",
            "org.hvnet.ui.views.trace", "org.hvnet.ui.views.reachability" };

    private SimulationViews() {
    }
}
