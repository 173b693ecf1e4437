// SPDX-License-Identifier: EPL-2.0
package org.hvnet.cli;

/**
 * How a stream marks words: plain, or with ANSI colours on a terminal (errors and failures red, warnings yellow,
 * successes green, headings bold). Plain text is exactly what is printed without colour.
 */
public final class Style {

    /** No marks: pipes, files, {@code NO_COLOR}. */
    public static final Style PLAIN = new Style(false);
    /** ANSI colours. */
    public static final Style ANSI = new Style(true);

    private static final String RESET = "\u001b[0m";

    private final boolean colored;

    private Style(boolean colored) {
        this.colored = colored;
    }

    /** True when it colours. */
    public boolean colored() {
        return colored;
    }

    /** An error or a failure: bold red. */
    public String bad(String text) {
        return mark("\u001b[1;31m", text);
    }

    /** A warning: yellow. */
    public String warning(String text) {
        return mark("\u001b[33m", text);
    }

    /** A note: cyan. */
    public String note(String text) {
        return mark("\u001b[36m", text);
    }

    /** A success: green. */
    public String good(String text) {
        return mark("\u001b[32m", text);
    }

    /** A heading: bold. */
    public String heading(String text) {
        return mark("\u001b[1m", text);
    }

    /** A severity word ({@code ERROR}, {@code WARNING}, {@code INFO}) in its colour. */
    public String severity(String severity) {
        return switch (severity) {
            case "ERROR" -> bad(severity);
            case "WARNING" -> warning(severity);
            default -> note(severity);
        };
    }

    private String mark(String code, String text) {
        return colored ? code + text + RESET : text;
    }
}
