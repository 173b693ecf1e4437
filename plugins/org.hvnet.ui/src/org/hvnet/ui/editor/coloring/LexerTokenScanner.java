// SPDX-License-Identifier: EPL-2.0
package org.hvnet.ui.editor.coloring;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.hvnet.dsl.ide.highlighting.LexerTokens;

/** Colours the default partition token by token, as the language's lexer splits it. */
final class LexerTokenScanner implements ITokenScanner {

    private final LexerTokens tokens;
    private final StyleColors colors;
    private LexedRange range;

    LexerTokenScanner(LexerTokens tokens, StyleColors colors) {
        this.tokens = tokens;
        this.colors = colors;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        range = new LexedRange(tokens, document, offset, length);
    }

    @Override
    public IToken nextToken() {
        if (!range.next()) {
            return Token.EOF;
        }
        TextStyle style = range.type == LexedRange.GAP ? null : TextStyle.of(tokens.kind(range.type));
        if (style == null) {
            return Token.WHITESPACE;
        }
        TextAttribute attribute = colors.attribute(style);
        return new Token(attribute);
    }

    @Override
    public int getTokenOffset() {
        return range.offset;
    }

    @Override
    public int getTokenLength() {
        return range.length;
    }
}
