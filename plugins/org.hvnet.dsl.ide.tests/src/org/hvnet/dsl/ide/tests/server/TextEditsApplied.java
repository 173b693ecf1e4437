// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;

/** LSP text edits applied to a text: every range refers to the text before the edits, as in a workspace edit. */
final class TextEditsApplied {

    private TextEditsApplied() {
    }

    /** {@code text} with the non-overlapping {@code edits} applied, the last first. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> offsetOf(text, e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter()))
                .reversed());
        String result = text;
        for (TextEdit edit : ordered) {
            int start = offsetOf(text, edit.getRange().getStart().getLine(), edit.getRange().getStart().getCharacter());
            int end = offsetOf(text, edit.getRange().getEnd().getLine(), edit.getRange().getEnd().getCharacter());
            result = result.substring(0, start) + edit.getNewText() + result.substring(end);
        }
        return result;
    }

    /** The offset of a line and character of {@code text}. */
    static int offsetOf(String text, int line, int character) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + character;
    }
}
