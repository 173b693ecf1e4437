// SPDX-License-Identifier: EPL-2.0
package org.hvnet.dsl.ide.tests.server;

/**
 * A document as an LSP client holds it, changed by LSP's rules: a character past the end of its line means the
 * line's end (before {@code \r\n} or {@code \n}); a change whose line lies past the last line is refused with the
 * whole notification (the server says so and keeps its text, and so does this model).
 */
final class ClientDocument {

    /** One change of a {@code didChange}: a range (null for the whole text) and its new text. */
    record Change(int startLine, int startCharacter, int endLine, int endCharacter, String text, boolean whole) {
    }

    private String text;

    ClientDocument(String text) {
        this.text = text;
    }

    /** The text. */
    String text() {
        return text;
    }

    /** Applies the changes in order; returns false (and changes nothing) when one of them lies outside the text. */
    boolean apply(java.util.List<Change> changes) {
        String changed = text;
        for (Change change : changes) {
            if (change.whole()) {
                changed = change.text();
                continue;
            }
            int start = offset(changed, change.startLine(), change.startCharacter());
            int end = offset(changed, change.endLine(), change.endCharacter());
            if (start < 0 || end < 0 || end < start) {
                return false;
            }
            changed = changed.substring(0, start) + change.text() + changed.substring(end);
        }
        text = changed;
        return true;
    }

    /** The number of lines (one more than the line breaks). */
    int lineCount() {
        return (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    /** The length of a line, without its line break. */
    int lineLength(int line) {
        int start = lineStart(text, line);
        int end = lineEnd(text, start);
        return end - start;
    }

    /** The offset of a position by LSP's rules, or -1 when the line lies past the last one. */
    static int offset(String text, int line, int character) {
        int start = lineStart(text, line);
        if (start < 0 || character < 0) {
            return -1;
        }
        return start + Math.min(character, lineEnd(text, start) - start);
    }

    private static int lineStart(String text, int line) {
        if (line < 0) {
            return -1;
        }
        int start = 0;
        for (int i = 0; i < line; i++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return -1;
            }
            start = newline + 1;
        }
        return start;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return text.length();
        }
        return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }
}
