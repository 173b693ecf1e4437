// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Sent by the client to change how the estate is shown: the mode ({@code AUTO}, {@code ESTATE}, {@code DETAIL}; null
 * keeps it), hosts to expand or collapse in the overview, and what to show only ({@code EVERYTHING}, {@code HOST},
 * {@code SEGMENT}, {@code TRACE} of {@code onlyElementId}; null keeps it).
 */
public class EstateViewAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetSetView";

    private String mode;
    private List<String> expand;
    private List<String> collapse;
    private String only;
    private String onlyElementId;
    private String reveal;

    /** A request that changes nothing. */
    public EstateViewAction() {
        super(KIND);
    }

    /** The new mode, or null. */
    public String getMode() {
        return mode;
    }

    /** The ids of the hosts to expand. */
    public List<String> getExpand() {
        return expand == null ? List.of() : expand;
    }

    /** The ids of the hosts to collapse. */
    public List<String> getCollapse() {
        return collapse == null ? List.of() : collapse;
    }

    /** What to show only, or null. */
    public String getOnly() {
        return only;
    }

    /** The element to select and centre once the diagram is sent, or null. */
    public String getReveal() {
        return reveal;
    }

    /** The element whose host or segment is shown only. */
    public String getOnlyElementId() {
        return onlyElementId == null ? "" : onlyElementId;
    }
}
