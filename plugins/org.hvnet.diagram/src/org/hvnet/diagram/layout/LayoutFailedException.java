// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.layout;

/** The layout of a diagram could not be made (a shape or an edge got no finite position): nothing is drawn. */
public class LayoutFailedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message} (which names the diagram element). */
    public LayoutFailedException(String message) {
        super(message);
    }
}
