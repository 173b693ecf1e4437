// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import org.eclipse.glsp.server.actions.Action;

/** Sent by the client's search field: find the {@code index}-th element named by {@code query}. */
public class FindAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetFind";

    private String query;
    private int index;

    /** An empty search. */
    public FindAction() {
        super(KIND);
    }

    /** What the user typed. */
    public String getQuery() {
        return query == null ? "" : query;
    }

    /** Which match (0 the first; past the last, from the first again). */
    public int getIndex() {
        return Math.max(0, index);
    }
}
