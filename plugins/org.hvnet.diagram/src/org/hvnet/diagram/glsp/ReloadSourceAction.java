// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Sent by the file follower (server side): the .hvnet file changed on disk. */
public class ReloadSourceAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetReloadSource";

    /** A reload request. */
    public ReloadSourceAction() {
        super(KIND);
    }
}
