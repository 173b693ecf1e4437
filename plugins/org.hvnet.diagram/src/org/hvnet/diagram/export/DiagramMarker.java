// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.export;

/** A validation finding shown on a diagram element: its rule id (or {@code syntax} / {@code link}) and message. */
public record DiagramMarker(String elementId, boolean isError, String rule, String message) {

    /** The hover text: {@code [V-2] message}. */
    public String text() {
        return "[" + rule + "] " + message;
    }
}
