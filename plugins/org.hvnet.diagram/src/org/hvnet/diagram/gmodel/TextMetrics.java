// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.gmodel;

/**
 * Text sizes computed on the server, so that the layout is the same in the browser and in the SVG export (the
 * client does not measure): an approximation of a 12 px sans-serif font (the styling in {@code hvnet-diagram.css}).
 */
public final class TextMetrics {

    /** Height of one line of label text. */
    public static final double LINE_HEIGHT = 16;

    private TextMetrics() {
    }

    /** The width of {@code text} at {@code fontSize} pixels. */
    public static double width(String text, double fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return Math.ceil(em * fontSize) + 4;
    }

    /** The width of {@code text} at 12 px. */
    public static double width(String text) {
        return width(text, 12);
    }

    private static double advance(char c) {
        if ("il.,:;'|!".indexOf(c) >= 0) {
            return 0.28;
        }
        if ("fjrt()[]{} -/\"".indexOf(c) >= 0) {
            return 0.36;
        }
        if ("mwMW@".indexOf(c) >= 0) {
            return 0.86;
        }
        if (Character.isUpperCase(c)) {
            return 0.68;
        }
        if (Character.isDigit(c)) {
            return 0.56;
        }
        return 0.54;
    }
}
