// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.language;

/**
 * A problem in a .hvnet text, placed by offset for editors and markers.
 *
 * @param severity the severity
 * @param rule the rule id: a SEMANTICS.md id such as {@code V-4}, or {@code syntax} / {@code link}
 * @param message the message, without the rule id
 * @param offset the 0-based offset of the offending text
 * @param length its length (at least 1 where the text allows)
 * @param line the 1-based line
 */
public record TextProblem(Kind severity, String rule, String message, int offset, int length, int line) {

    /** The severities the workbench shows. */
    public enum Kind {
        /** Makes the model unusable or wrong. */
        ERROR,
        /** Probably not what was meant. */
        WARNING,
        /** Worth knowing. */
        INFO
    }

    /** {@code MESSAGE [RULE]}, as the command line and the Problems view show it. */
    public String text() {
        return message + " [" + rule + "]";
    }
}
