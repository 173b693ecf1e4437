// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.hvnet.ui.HvnetUiPlugin;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

/**
 * Walks the language lexer's tokens over a range of a document, lazily, with absolute offsets. Characters the
 * lexer skips (it recovers from an unterminated string by dropping characters) come out as gaps of type
 * {@link #GAP}, so that the whole range is covered.
 */
final class LexedRange {

    /** The type of a gap between lexer tokens. */
    static final int GAP = Integer.MIN_VALUE;

    private final Lexer lexer;
    private final int base;
    private final int end;
    private int position;
    private Token pending;

    /** Current token. */
    int type;
    int offset;
    int length;

    LexedRange(LexerTokens tokens, IDocument document, int start, int length) {
        String text;
        try {
            text = document.get(start, length);
        } catch (BadLocationException e) {
            HvnetUiPlugin.warn("colouring skips the range " + start + "+" + length + ", outside the document", e);
            text = "";
        }
        this.lexer = tokens.lexer(text);
        this.base = start;
        this.end = start + text.length();
        this.position = start;
    }

    /** Moves to the next token; false at the end of the range. */
    boolean next() {
        if (position >= end) {
            return false;
        }
        if (pending == null) {
            Token token = lexer.nextToken();
            if (token == null || token.getType() == Token.EOF) {
                type = GAP;
                offset = position;
                length = end - position;
                position = end;
                return true;
            }
            pending = token;
        }
        int tokenStart = base + ((CommonToken) pending).getStartIndex();
        if (tokenStart > position) {
            type = GAP;
            offset = position;
            length = tokenStart - position;
            position = tokenStart;
            return true;
        }
        int tokenEnd = base + ((CommonToken) pending).getStopIndex() + 1;
        type = pending.getType();
        offset = position;
        length = Math.max(0, Math.min(tokenEnd, end) - position);
        position = Math.max(position + length, tokenEnd);
        pending = null;
        if (length == 0) {
            return next();
        }
        return true;
    }
}
