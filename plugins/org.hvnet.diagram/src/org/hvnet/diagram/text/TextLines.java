// SPDX-License-Identifier: EPL-2.0
package org.hvnet.diagram.text;

import java.util.ArrayList;
import java.util.List;

/** A text as its lines, each with its line end, so that joining them gives the text back byte for byte. */
final class TextLines {

    private TextLines() {
    }

    /** The lines of {@code text}, each with its {@code \n} (the last one may have none). */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                lines.add(text.substring(start, k + 1));
                start = k + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
