// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.glsp;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;

/**
 * Sent to the client: select and centre these elements (none: nothing found), or fit them into the window (none: the
 * whole diagram, after what it shows changed), and show the message.
 */
public class RevealAction extends Action {

    /** The action kind. */
    public static final String KIND = "hvnetReveal";

    private final List<String> elementIds;
    private final String message;
    private final boolean fit;

    /** Selects and centres {@code elementIds}, saying {@code message}. */
    public RevealAction(List<String> elementIds, String message) {
        this(elementIds, message, false);
    }

    private RevealAction(List<String> elementIds, String message, boolean fit) {
        super(KIND);
        this.elementIds = List.copyOf(elementIds);
        this.message = message;
        this.fit = fit;
    }

    /** Fits {@code elementIds} (none: the whole diagram) into the window, saying {@code message}. */
    public static RevealAction fit(List<String> elementIds, String message) {
        return new RevealAction(elementIds, message, true);
    }

    /** True to fit the elements into the window rather than select and centre them. */
    public boolean isFit() {
        return fit;
    }

    /** The elements to select and centre. */
    public List<String> getElementIds() {
        return elementIds;
    }

    /** What the status line says. */
    public String getMessage() {
        return message;
    }
}
