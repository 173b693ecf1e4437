// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Sent by the client's "Changes" layer toggle: show or hide what changed since the older version. */
public class ShowChangesAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetShowChanges";

    private boolean shown = true;

    /** Shows the changes. */
    public ShowChangesAction() {
        super(KIND);
    }

    /** True to show the changes layer. */
    public boolean isShown() {
        return shown;
    }
}
