// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Sent by the client's trace fields: trace one packet from an endpoint to another (rule T-7); empty clears. */
public class TraceAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetTrace";

    private String from = "";
    private String to = "";

    /** An empty trace request (clears the overlay). */
    public TraceAction() {
        super(KIND);
    }

    /** The source endpoint: a host, a VM, {@code OWNER.IFACE} or an IPv4 address. */
    public String getFrom() {
        return from == null ? "" : from.strip();
    }

    /** The destination endpoint. */
    public String getTo() {
        return to == null ? "" : to.strip();
    }
}
