// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

import java.util.Arrays;
import java.util.List;

/**
 * What the command knows about where it prints: whether standard output and standard error are terminals (the
 * launcher tests that and passes {@code -Dhvnet.terminal=out,err}), and whether the user asked for no colour
 * ({@code NO_COLOR} set and not empty, or {@code TERM=dumb}).
 */
public record Terminal(boolean out, boolean err, boolean noColor) {

    /** Neither stream is a terminal: what tests and pipes see. */
    public static final Terminal NONE = new Terminal(false, false, false);

    /** The property the launcher sets: the streams that are terminals, comma-separated ({@code out}, {@code err}). */
    public static final String PROPERTY = "hvnet.terminal";

    /** Where this process prints, from the launcher's property, else from the JVM's console (both or neither). */
    public static Terminal detect() {
        String said = System.getProperty(PROPERTY);
        boolean out;
        boolean err;
        if (said != null) {
            List<String> streams = Arrays.asList(said.split(","));
            out = streams.contains("out");
            err = streams.contains("err");
        } else {
            out = System.console() != null;
            err = out;
        }
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(out, err, noColor != null && !noColor.isEmpty() || "dumb".equals(System.getenv("TERM")));
    }

    /** The style of standard output for {@code --color WHEN} ({@code auto}, {@code always}, {@code never}). */
    public Style outStyle(String when) {
        return style(when, out);
    }

    /** The style of standard error for {@code --color WHEN}. */
    public Style errStyle(String when) {
        return style(when, err);
    }

    private Style style(String when, boolean terminal) {
        return switch (when) {
            case "always" -> Style.ANSI;
            case "never" -> Style.PLAIN;
            default -> terminal && !noColor ? Style.ANSI : Style.PLAIN;
        };
    }
}
